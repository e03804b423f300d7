// Removes what the bench's write cases created (ids under one prefix), so that the next run on the
// same data folder measures the same estate.
MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
DETACH DELETE n
