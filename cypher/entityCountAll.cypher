// Whether the database holds any Cascade data (start-up seeds an empty one).
MATCH (n:Entity) RETURN count(n) AS total
