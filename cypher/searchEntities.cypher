// Entities whose id or name contains $text (lower-cased by the caller), best first: the exact id,
// then ids and names that start with it, then the rest; shorter names before longer ones.
// A scan of the entities (about 0.1 s at 100k): CONTAINS on a lower-cased value uses no index.
MATCH (n:Entity)
WITH n, toLower(n.id) AS id, toLower(n.name) AS name
WHERE id CONTAINS $text OR name CONTAINS $text
WITH n, CASE
    WHEN id = $text THEN 0
    WHEN name = $text THEN 1
    WHEN id STARTS WITH $text OR name STARTS WITH $text THEN 2
    ELSE 3
  END AS rank
ORDER BY rank, size(n.name), n.id
LIMIT $limit
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS properties
