// Records status changes of distinct entities in one statement (one or many): the current status
// (one CurrentStatus node per entity) and an event in its history. Live state is kept apart from the
// entity itself, so exports, imports and the impact topology's fingerprint are untouched by status
// churn. A batch of events from monitoring writes its changes this way, in one transaction instead
// of one per change. Rows come back in the order of $changes.
// Every previous state is read (collected) before any is written: the planner then needs one Eager
// barrier fewer than when each row reads and writes in turn (PROFILE: 3 before, 2 now), which
// costs Neo4j CPU on every round of events. A status created here has no state yet: it was UP.
// Planned once and kept (CYPHER replan=skip): the plan is index seeks by design (pinned by EXPLAIN
// tests), which no statistics can better, while monitoring's own writes move the statistics it
// was planned on every few seconds; each replan cost planning and new generated code for the JIT
// (32 replans in a 3-minute bench run, the JIT compiler then the largest user of Neo4j's CPU).
CYPHER replan=skip
UNWIND $changes AS change
MERGE (s:CurrentStatus {entityId: change.id})
WITH collect({s: s, change: change, previous: coalesce(s.state, 'UP')}) AS rows, datetime() AS at
UNWIND rows AS row
WITH row.s AS s, row.change AS change, row.previous AS previous, at
SET s.state = change.state, s.reason = change.reason, s.by = $by, s.since = at, s.incidentId = change.incidentId
CREATE (c:StatusChange {
  id: randomUUID(), entityId: change.id, state: change.state, previous: previous,
  reason: change.reason, by: $by, onBehalfOf: change.onBehalfOf, at: at, incidentId: change.incidentId
})
RETURN c {.*} AS change
