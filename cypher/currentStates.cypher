// Every entity whose current status is not UP, with its state only, in id order: what the impact
// needs, and all a dashboard polling `currentImpact { statuses { node { id } state } }` asks.
// Two strings a status instead of the whole status (its time is a DateTime, which the driver turns
// into an object and back into text): while monitoring events arrive, those conversions of every
// status on every poll took the API process's CPU the events needed. And one row of two lists,
// not a row per status: with 9,800 statuses not UP during a storm, a record per status (decoded,
// turned into an object, then into a plain one) was most of what the API spent on a poll beyond
// the read itself. Read through the state index as currentStatuses.cypher explains.
MATCH (s:CurrentStatus) WHERE s.state < 'UP' OR s.state > 'UP'
WITH s.entityId AS entityId, s.state AS state
ORDER BY entityId
RETURN collect(entityId) AS entityIds, collect(state) AS states
