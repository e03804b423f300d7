// Changes of the graph after a point in time, newest first: what to undo to see the graph as it was.
MATCH (c:GraphChange) WHERE c.at > datetime($at)
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id DESC
