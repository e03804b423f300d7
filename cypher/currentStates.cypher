// Every entity whose current status is not UP, with its state only, in id order: what the impact
// needs, and all a dashboard polling `currentImpact { statuses { node { id } state } }` asks.
// Two strings a row instead of the whole status (its time is a DateTime, which the driver turns
// into an object and back into text): while monitoring events arrive, those conversions of every
// status on every poll took the API process's CPU the events needed. Read through the state index
// as currentStatuses.cypher explains.
MATCH (s:CurrentStatus) WHERE s.state < 'UP' OR s.state > 'UP'
RETURN s.entityId AS entityId, s.state AS state
ORDER BY s.entityId
