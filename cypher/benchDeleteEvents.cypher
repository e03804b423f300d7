// Removes what the events bench wrote ($tag is in each of its keys and reasons), so the next run on
// the same data folder starts from a quiet estate: alerts, unbound events, holds, status history
// and current statuses.
CALL { MATCH (a:Alert) WHERE a.key CONTAINS $tag DETACH DELETE a RETURN count(*) AS alerts }
CALL { MATCH (u:UnboundEvent) WHERE u.key CONTAINS $tag DETACH DELETE u RETURN count(*) AS unbound }
CALL { MATCH (h:StatusHold) WHERE h.reason CONTAINS $tag DETACH DELETE h RETURN count(*) AS holds }
CALL { MATCH (c:StatusChange) WHERE c.reason CONTAINS $tag DETACH DELETE c RETURN count(*) AS changes }
CALL { MATCH (s:CurrentStatus) WHERE s.reason CONTAINS $tag DETACH DELETE s RETURN count(*) AS statuses }
RETURN alerts, unbound, holds, changes, statuses
