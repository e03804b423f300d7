// Appends one change of the graph to its history, inside the write's own transaction. Before and
// after are JSON texts of the properties (Neo4j stores no nested maps); version is the topology
// version the write bumped to, so other processes can apply it in order.
CREATE (c:GraphChange {
  id: randomUUID(), at: datetime(), by: $by, operation: $operation, version: $version,
  entityId: $entityId, relationshipType: $relationshipType, fromId: $fromId, toId: $toId,
  before: $before, after: $after
})
RETURN c {.*} AS change
