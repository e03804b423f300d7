// Drops the holds of these entities that were due at $now (a hold made since, with a later until, stays).
MATCH (h:StatusHold) WHERE h.entityId IN $entityIds AND h.until <= $now
DETACH DELETE h
RETURN count(*) AS deleted
