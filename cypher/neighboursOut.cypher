// For each id, the nodes it points to over relationships of type $type (optionally only $label).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]->(m:Entity)
WHERE type(r) = $type AND ($label IS NULL OR $label IN labels(m))
RETURN id AS key, m.id AS id, [l IN labels(m) WHERE l <> 'Entity'][0] AS label,
       properties(m) AS properties, properties(r) AS relationship
ORDER BY key, m.id
