// Records status changes of several distinct entities in one statement, each exactly as
// setStatus.cypher records one (keep the two in step): the current status and an event in its
// history. A batch of events from monitoring writes its changes this way, in one transaction
// instead of one per change. Rows come back in the order of $changes.
UNWIND $changes AS change
MERGE (s:CurrentStatus {entityId: change.id})
ON CREATE SET s.state = 'UP'
WITH s, change, s.state AS previous
SET s.state = change.state, s.reason = change.reason, s.by = $by, s.since = datetime(), s.incidentId = change.incidentId
CREATE (c:StatusChange {
  id: randomUUID(), entityId: change.id, state: change.state, previous: previous,
  reason: change.reason, by: $by, onBehalfOf: change.onBehalfOf, at: s.since, incidentId: change.incidentId
})
RETURN c {.*} AS change
