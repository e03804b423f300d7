// Upserts a batch of nodes: one domain label each, plus Entity. Properties are replaced, so
// re-running a seed or import converges on the same graph.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties, n.id = row.id
SET n:$(row.label)
RETURN count(n) AS written
