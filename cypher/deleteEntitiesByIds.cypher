// Removes the given entities and their relationships. Used by tests to clean up what they wrote.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
