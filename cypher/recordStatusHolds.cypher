// Replaces the holds of the entities a batch of events spoke about: those in $unheld lose theirs,
// $holds (one per entity) are the better statuses now waiting out the hold-down.
// Planned once and kept (CYPHER replan=skip): the plan is index seeks by design (pinned by EXPLAIN
// tests), which no statistics can better, while monitoring's own writes move the statistics it
// was planned on every few seconds; each replan cost planning and new generated code for the JIT
// (32 replans in a 3-minute bench run, the JIT compiler then the largest user of Neo4j's CPU).
CYPHER replan=skip
UNWIND $unheld AS entityId
OPTIONAL MATCH (old:StatusHold {entityId: entityId})
DETACH DELETE old
WITH count(*) AS dropped
UNWIND $holds AS hold
MERGE (h:StatusHold {entityId: hold.entityId})
SET h += hold
RETURN count(h) AS held
