// Upserts a batch of relationships between existing entities; at most one per type and pair.
// One MERGE per static type: on Neo4j 5.26 `MERGE (a)-[r:$(row.type)]->(b)` slows down as nodes gain
// relationships (1,000 rows into a node with 5,000 relationships took 2.6 s and growing), while a
// static type stays flat. The types are the model's (src/domain/relationshipTypes.ts); the caller
// rejects any other before writing, and rows whose endpoints do not both exist are not counted.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'DEPENDS_ON' THEN [1] ELSE [] END | MERGE (a)-[r:DEPENDS_ON]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_MEMBER' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_MEMBER]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'INTERFACE_OF' THEN [1] ELSE [] END | MERGE (a)-[r:INTERFACE_OF]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'INCLUDES' THEN [1] ELSE [] END | MERGE (a)-[r:INCLUDES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'ACCESSED_THROUGH' THEN [1] ELSE [] END | MERGE (a)-[r:ACCESSED_THROUGH]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'TARGETS' THEN [1] ELSE [] END | MERGE (a)-[r:TARGETS]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'USES' THEN [1] ELSE [] END | MERGE (a)-[r:USES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[r:PART_OF]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'OFFERED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:OFFERED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PROVIDED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:PROVIDED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'OWNED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:OWNED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'MADE_BY' THEN [1] ELSE [] END | MERGE (a)-[r:MADE_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'CONFIGURED_FROM' THEN [1] ELSE [] END | MERGE (a)-[r:CONFIGURED_FROM]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_PROVIDER' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_PROVIDER]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_CONSUMER' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_CONSUMER]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'COVERS' THEN [1] ELSE [] END | MERGE (a)-[r:COVERS]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'AGREES' THEN [1] ELSE [] END | MERGE (a)-[r:AGREES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_COST' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_COST]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'HAS_RISK' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_RISK]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PRODUCES' THEN [1] ELSE [] END | MERGE (a)-[r:PRODUCES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'ENABLES' THEN [1] ELSE [] END | MERGE (a)-[r:ENABLES]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'BENEFITS' THEN [1] ELSE [] END | MERGE (a)-[r:BENEFITS]->(b) SET r = row.properties)
RETURN count(*) AS written
