// Keeps events no entity was found for, one entry per key, counting how often it came, so someone
// can add a binding rule; nothing from monitoring is dropped silently. `times`: how often the key
// came in the batches written together.
UNWIND $events AS event
MERGE (u:UnboundEvent {key: event.key})
ON CREATE SET u.firstAt = datetime(), u.count = 0
SET u.source = event.source, u.action = event.action, u.severity = event.severity, u.summary = event.summary,
    u.labels = event.labels, u.entityId = event.entityId, u.reason = event.reason, u.at = event.at,
    u.lastAt = datetime(), u.count = u.count + toInteger(event.times)
RETURN count(u) AS recorded
