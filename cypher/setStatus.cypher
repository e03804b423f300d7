// Records a status change of one entity: the current status (one CurrentStatus node per entity)
// and an event in its history. Live state is kept apart from the entity itself, so exports, imports
// and the impact topology's fingerprint are untouched by status churn.
MERGE (s:CurrentStatus {entityId: $id})
ON CREATE SET s.state = 'UP'
WITH s, s.state AS previous
SET s.state = $state, s.reason = $reason, s.by = $by, s.since = datetime(), s.incidentId = $incidentId
CREATE (c:StatusChange {
  id: randomUUID(), entityId: $id, state: $state, previous: previous,
  reason: $reason, by: $by, onBehalfOf: $onBehalfOf, at: s.since, incidentId: $incidentId
})
RETURN c {.*} AS change
