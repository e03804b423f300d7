// Keeps events no entity was found for, one entry per key, counting how often it came, so someone
// can add a binding rule; nothing from monitoring is dropped silently. `times`: how often the key
// came in the batches written together.
// Planned once and kept (CYPHER replan=skip): the plan is index seeks by design (pinned by EXPLAIN
// tests), which no statistics can better, while monitoring's own writes move the statistics it
// was planned on every few seconds; each replan cost planning and new generated code for the JIT
// (32 replans in a 3-minute bench run, the JIT compiler then the largest user of Neo4j's CPU).
CYPHER replan=skip
UNWIND $events AS event
MERGE (u:UnboundEvent {key: event.key})
ON CREATE SET u.firstAt = datetime(), u.count = 0
SET u.source = event.source, u.action = event.action, u.severity = event.severity, u.summary = event.summary,
    u.labels = event.labels, u.entityId = event.entityId, u.reason = event.reason, u.at = event.at,
    u.lastAt = datetime(), u.count = u.count + toInteger(event.times)
RETURN count(u) AS recorded
