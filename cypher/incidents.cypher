// Incidents, newest first, optionally only those in one state or with the given ids.
MATCH (i:Incident)
WHERE ($state IS NULL OR i.state = $state) AND ($ids IS NULL OR i.id IN $ids)
RETURN i {.*} AS incident
ORDER BY i.openedAt DESC, i.id
LIMIT $limit
