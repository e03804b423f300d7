// Every entity whose current status is not UP.
MATCH (s:CurrentStatus) WHERE s.state <> 'UP'
RETURN s {.*} AS status
ORDER BY s.entityId
