// Opens an incident (ids are the caller's, like every id in Cascade).
CREATE (i:Incident {id: $id, title: $title, state: 'OPEN', openedBy: $by, openedOnBehalfOf: $onBehalfOf, openedAt: datetime()})
RETURN i {.*} AS incident
