// For each service, the components it depends on directly or through (nested) redundancy groups.
UNWIND $ids AS id
MATCH (:Service {id: id})-[:DEPENDS_ON]->()-[:HAS_MEMBER*0..]->(c:Component)
WITH DISTINCT id, c
RETURN id AS key, c.id AS id, 'Component' AS label, properties(c) AS properties, {} AS relationship
ORDER BY key, id
