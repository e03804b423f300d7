// Appends a batch of changes of the graph to its history (an import's or the seed's, one per node
// or relationship it created or changed), inside the write's own transaction. All of one
// transaction share its instant, so a replay undoes an import whole or not at all.
UNWIND $changes AS change
CREATE (:GraphChange {
  id: randomUUID(), at: datetime.transaction(), by: $by, operation: change.operation,
  entityId: change.entityId, relationshipType: change.relationshipType, fromId: change.fromId, toId: change.toId,
  before: change.before, after: change.after
})
RETURN count(*) AS recorded
