// The entities with the given ids that exist, with their element ids (valid in this transaction
// only) and domain labels: a world write asks inside its own transaction which of its nodes to
// create and which to merge, and where the ends of its relationships are.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, elementId(n) AS elementId, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
