// What a batch of events builds on, in one round trip: the alerts with the batch's keys, every
// open alert of the entities involved (those bound now and those the keys' alerts were bound to),
// so the worst open alert of each entity can be told, those entities' statuses that are not UP and
// which of them have a held status; whether any hold is due at $now (null: not asked), and with
// $rules the binding rules (bindingRules.cypher), for events that do not name their entity. A
// statement costs the database milliseconds whatever it reads: one, not three, for a round of batches.
// Each alert is found through an index (by key, or by entity and open), never by scanning every
// alert, nor every alert of an entity: resolved alerts are kept, so their number only grows.
// Planned once and kept (CYPHER replan=skip): the plan is index seeks by design (pinned by EXPLAIN
// tests), which no statistics can better, while monitoring's own writes move the statistics it
// was planned on every few seconds; each replan cost planning and new generated code for the JIT
// (32 replans in a 3-minute bench run, the JIT compiler then the largest user of Neo4j's CPU).
CYPHER replan=skip
OPTIONAL MATCH (k:Alert) WHERE k.key IN $keys
WITH collect(DISTINCT k {.*}) AS byKey, collect(DISTINCT k.entityId) + $entityIds AS entityIds
CALL {
  WITH entityIds
  UNWIND entityIds AS entityId
  WITH DISTINCT entityId
  MATCH (a:Alert {entityId: entityId, open: true})
  RETURN collect(a {.*}) AS open
}
CALL {
  WITH entityIds
  MATCH (s:CurrentStatus) WHERE s.entityId IN entityIds AND s.state <> 'UP'
  RETURN collect(s {.entityId, .state}) AS statuses
}
CALL {
  WITH entityIds
  MATCH (h:StatusHold) WHERE h.entityId IN entityIds
  RETURN collect(h.entityId) AS held
}
RETURN byKey + [a IN open WHERE NOT a.key IN $keys] AS alerts, statuses, held,
       $now IS NOT NULL AND EXISTS { MATCH (d:StatusHold) WHERE d.until <= $now } AS due,
       CASE WHEN $rules THEN COLLECT { MATCH (r:BindingRule) RETURN r {.*} } END AS rules
