// Events no entity was found for, the most recent first.
MATCH (u:UnboundEvent)
RETURN u {.*} AS event
ORDER BY u.lastAt DESC, u.key
LIMIT $limit
