// One page of one label's entities in id order (keyset pagination: ids after $after).
// $where holds exact property matches, $nameContains a case-insensitive substring of the name.
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND ($after IS NULL OR n.id > $after)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND all(key IN keys($where) WHERE n[key] = $where[key])
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS properties
ORDER BY n.id
LIMIT $limit
