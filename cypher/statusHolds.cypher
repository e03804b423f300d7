// Held statuses, the soonest due first.
// A hold the sweep deletes while this read runs can come back with none of its properties (reads
// are read-committed): it is gone, so it is left out rather than sent without its `until`.
MATCH (h:StatusHold)
WITH h {.*} AS hold
WHERE hold.until IS NOT NULL AND hold.entityId IS NOT NULL
RETURN hold
ORDER BY hold.until, hold.entityId
LIMIT $limit
