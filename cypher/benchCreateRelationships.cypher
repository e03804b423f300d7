// The bench's bulk load of relationships into an empty graph: CREATE, not MERGE. The bench only
// loads into a fresh data folder and its worlds hold at most one relationship per type and pair.
// Why not mergeRelationships.cypher: its upsert (one static-typed MERGE per type) is ~2.5x slower, and
// a fresh load has nothing to merge with.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS written
