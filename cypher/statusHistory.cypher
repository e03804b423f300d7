// Status changes, newest first: of one entity, or of one incident, or all.
MATCH (c:StatusChange)
WHERE ($id IS NULL OR c.entityId = $id) AND ($incidentId IS NULL OR c.incidentId = $incidentId)
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id
LIMIT $limit
