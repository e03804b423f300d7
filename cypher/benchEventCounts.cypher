// What the graph holds of the events bench's storm ($tag is in each of its keys and reasons): alerts
// (and how many are open), unbound events, status changes in the history, statuses not UP.
CALL { MATCH (a:Alert) WHERE a.key CONTAINS $tag RETURN count(a) AS alerts, count(CASE WHEN a.open THEN 1 END) AS openAlerts }
CALL { MATCH (u:UnboundEvent) WHERE u.key CONTAINS $tag RETURN count(u) AS unbound }
CALL { MATCH (c:StatusChange) WHERE c.reason CONTAINS $tag RETURN count(c) AS changes }
CALL { MATCH (s:CurrentStatus) WHERE s.reason CONTAINS $tag AND s.state <> 'UP' RETURN count(s) AS notUp }
RETURN alerts, openAlerts, unbound, changes, notUp
