// Changes of the graph, newest first: those touching one id (as the entity or either end of a
// relationship), or all.
MATCH (c:GraphChange)
WHERE $id IS NULL OR c.entityId = $id OR c.fromId = $id OR c.toId = $id
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id
LIMIT $limit
