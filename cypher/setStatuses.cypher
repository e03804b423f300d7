// Records status changes of distinct entities in one statement (one or many): the current status
// (one CurrentStatus node per entity) and an event in its history. Live state is kept apart from the
// entity itself, so exports, imports and the impact topology's fingerprint are untouched by status
// churn. A batch of events from monitoring writes its changes this way, in one transaction instead
// of one per change. Rows come back in the order of $changes.
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
