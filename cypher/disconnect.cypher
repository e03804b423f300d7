// Removes one relationship of a model type, if it exists.
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
DELETE r
RETURN count(*) AS removed
