// How many entities of one label match a list filter (same filter as entityPage, without the cursor).
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND all(key IN keys($where) WHERE n[key] = $where[key])
RETURN count(n) AS total
