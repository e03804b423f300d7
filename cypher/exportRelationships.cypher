// Every relationship between entities for an export, in a stable order.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY type, from, to
