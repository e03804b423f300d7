// Removes what the events bench wrote ($tag is in each of its keys and reasons), so the next run on
// the same data folder starts from a quiet estate: alerts, unbound events, holds, status history
// and current statuses. At most $limit of each kind a call, repeated until none is left: a run at
// 3,000 events/s writes ~500,000 changes and alerts, more than one transaction may hold in memory.
CALL { MATCH (a:Alert) WHERE a.key CONTAINS $tag WITH a LIMIT $limit DETACH DELETE a RETURN count(*) AS alerts }
CALL { MATCH (u:UnboundEvent) WHERE u.key CONTAINS $tag WITH u LIMIT $limit DETACH DELETE u RETURN count(*) AS unbound }
CALL { MATCH (h:StatusHold) WHERE h.reason CONTAINS $tag WITH h LIMIT $limit DETACH DELETE h RETURN count(*) AS holds }
CALL { MATCH (c:StatusChange) WHERE c.reason CONTAINS $tag WITH c LIMIT $limit DETACH DELETE c RETURN count(*) AS changes }
CALL { MATCH (s:CurrentStatus) WHERE s.reason CONTAINS $tag WITH s LIMIT $limit DETACH DELETE s RETURN count(*) AS statuses }
RETURN alerts, unbound, holds, changes, statuses
