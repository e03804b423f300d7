// Open alerts, of one entity or of all, the most recent first.
MATCH (a:Alert)
WHERE a.open = true AND ($entityId IS NULL OR a.entityId = $entityId)
RETURN a {.*} AS alert
ORDER BY a.lastAt DESC, a.key
LIMIT $limit
