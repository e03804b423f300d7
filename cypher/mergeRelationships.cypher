// Upserts a batch of relationships between existing entities; at most one per type and pair.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS written
