// Held statuses, the soonest due first.
MATCH (h:StatusHold)
RETURN h {.*} AS hold
ORDER BY h.until, h.entityId
LIMIT $limit
