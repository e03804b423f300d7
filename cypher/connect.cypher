// Creates or updates one relationship of a model type between two existing entities (one row:
// the dynamic type is fine here; bulk writes use mergeRelationships' static types).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r = $properties
RETURN count(r) AS written
