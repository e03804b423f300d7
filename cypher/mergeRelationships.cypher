// Upserts a batch of relationships between existing entities; at most one per type and pair.
// One MERGE per static type: on Neo4j 5.26 `MERGE (a)-[r:$(row.type)]->(b)` slows down as nodes gain
// relationships (1,000 rows into a node with 5,000 relationships took 2.6 s and growing), while a
// static type stays flat. The types are the model's (src/domain/relationshipTypes.ts); the caller
// rejects any other before writing, and rows whose endpoints do not both exist are not counted.
// Returns how many were created, updated (properties changed) and left unchanged.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing]->(b) WHERE type(existing) = row.type
WITH a, b, row, existing, existing IS NOT NULL AND properties(existing) = row.properties AS same
FOREACH (_ IN CASE WHEN row.type = 'DEPENDS_ON' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:DEPENDS_ON]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_MEMBER' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:HAS_MEMBER]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'INTERFACE_OF' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:INTERFACE_OF]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'INCLUDES' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:INCLUDES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'ACCESSED_THROUGH' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:ACCESSED_THROUGH]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'TARGETS' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:TARGETS]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'USES' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:USES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:PART_OF]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'OFFERED_BY' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:OFFERED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PROVIDED_BY' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:PROVIDED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'OWNED_BY' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:OWNED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'MADE_BY' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:MADE_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'CONFIGURED_FROM' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:CONFIGURED_FROM]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_PROVIDER' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:HAS_PROVIDER]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_CONSUMER' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:HAS_CONSUMER]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'COVERS' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:COVERS]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'AGREES' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:AGREES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_COST' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:HAS_COST]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_RISK' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:HAS_RISK]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PRODUCES' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:PRODUCES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'ENABLES' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:ENABLES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'BENEFITS' AND NOT same THEN [1] ELSE [] END | MERGE (a)-[r:BENEFITS]->(b) SET r = row.properties)
RETURN count(*) AS written,
       sum(CASE WHEN existing IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN existing IS NOT NULL AND NOT same THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged
