// Stores alerts as they end up after a batch of events (one row per key). An alert that binds now
// is no longer unbound: its entry in the unbound list goes.
// The alerts are all written before the unbound entries are found (by their keys, through the
// index) and deleted in one go: a delete per alert row made the planner put Eager barriers between
// every step (PROFILE: 4 before, 2 now).
// Planned once and kept (CYPHER replan=skip): the plan is index seeks by design (pinned by EXPLAIN
// tests), which no statistics can better, while monitoring's own writes move the statistics it
// was planned on every few seconds; each replan cost planning and new generated code for the JIT
// (32 replans in a 3-minute bench run, the JIT compiler then the largest user of Neo4j's CPU).
CYPHER replan=skip
UNWIND $alerts AS alert
MERGE (a:Alert {key: alert.key})
SET a += alert
WITH count(DISTINCT a) AS recorded
OPTIONAL MATCH (u:UnboundEvent) WHERE u.key IN [alert IN $alerts | alert.key]
WITH recorded, collect(u) AS unbound
FOREACH (u IN unbound | DETACH DELETE u)
RETURN recorded
