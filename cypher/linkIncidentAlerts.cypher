// Makes alerts an incident's, with the status changes that put their entities where they are now
// (their entity's current status and the change that set it); the alerts' later changes are the
// incident's too (eventService). A status or change already of another incident stays with it.
MATCH (a:Alert) WHERE a.key IN $keys
SET a.incidentId = $incidentId
WITH DISTINCT a.entityId AS entityId
MATCH (s:CurrentStatus {entityId: entityId}) WHERE s.state <> 'UP'
SET s.incidentId = coalesce(s.incidentId, $incidentId)
WITH s
OPTIONAL MATCH (c:StatusChange {entityId: s.entityId}) WHERE c.at = s.since
SET c.incidentId = coalesce(c.incidentId, $incidentId)
RETURN count(c) AS linked
