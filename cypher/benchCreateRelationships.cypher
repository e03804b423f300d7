// The bench's bulk load of relationships into an empty graph: CREATE, not MERGE. The bench only
// loads into a fresh data folder and its worlds hold at most one relationship per type and pair.
// Why not mergeRelationships/<TYPE>.cypher: the upsert checks each pair and counts what changed,
// which a fresh load into an empty graph does not need.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS written
