// How many members a redundancy group has (0 for anything else or an unknown id).
OPTIONAL MATCH (:Entity {id: $id})-[m:HAS_MEMBER]->()
RETURN count(m) AS members
