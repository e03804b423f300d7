// Stores alerts as they end up after a batch of events (one row per key). An alert that binds now
// is no longer unbound: its entry in the unbound list goes.
UNWIND $alerts AS alert
MERGE (a:Alert {key: alert.key})
SET a += alert
WITH a
OPTIONAL MATCH (u:UnboundEvent {key: a.key})
DETACH DELETE u
RETURN count(DISTINCT a) AS recorded
