// Held statuses whose hold-down has passed ($now and until are ISO 8601 UTC texts of one format,
// so they compare as text), the earliest first.
MATCH (h:StatusHold) WHERE h.until <= $now
RETURN h {.*} AS hold
ORDER BY h.until, h.entityId
LIMIT 1000
