// Every entity whose current status is not UP. Nearly every entity is UP, so the statuses are read
// from the current_status_state index (constraints.cypher) instead of from every CurrentStatus node:
// `<> 'UP'` would scan the whole index, while "before or after 'UP'" seeks the two ranges either
// side of it and so names exactly the string states that `<> 'UP'` does (states are strings).
MATCH (s:CurrentStatus) WHERE s.state < 'UP' OR s.state > 'UP'
RETURN s {.*} AS status
ORDER BY s.entityId
