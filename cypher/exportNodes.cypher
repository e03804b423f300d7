// Every entity for an export, in id order; revision and id are not part of the properties exported.
MATCH (n:Entity)
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.id AS id, properties(n) AS properties
ORDER BY id
