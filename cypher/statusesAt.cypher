// The status every entity had at a point in time: its latest change at or before it, when not UP.
MATCH (c:StatusChange) WHERE c.at <= datetime($at)
WITH c ORDER BY c.at DESC, c.id DESC
WITH c.entityId AS entityId, head(collect(c)) AS last
WHERE last.state <> 'UP'
RETURN last {.*, since: last.at} AS status
ORDER BY entityId
