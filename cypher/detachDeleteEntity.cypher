// Deletes one entity with all of its relationships.
MATCH (n:Entity {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
