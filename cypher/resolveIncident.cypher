// Resolves an open incident; returns nothing when there is no such open incident.
MATCH (i:Incident {id: $id}) WHERE i.state = 'OPEN'
SET i.state = 'RESOLVED', i.resolvedBy = $by, i.resolvedOnBehalfOf = $onBehalfOf, i.resolvedAt = datetime()
RETURN i {.*} AS incident
