// Entities by id with their neighbours over the given relations, in one statement: a query that
// asks for a node and its relation fields (component(id:) { dependsOn { ... } }) costs one round
// trip, not one per level. $kinds: [{key, type, direction ('OUT' | 'IN'), label (or null)}].
// Neighbours come sorted by id within each relation, as the per-relation statements give them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  UNWIND $kinds AS kind
  OPTIONAL MATCH (n)-[r]-(m:Entity)
  WHERE type(r) = kind.type
    AND ((kind.direction = 'OUT' AND startNode(r) = n) OR (kind.direction = 'IN' AND endNode(r) = n))
    AND (kind.label IS NULL OR kind.label IN labels(m))
  WITH kind, r, m
  ORDER BY kind.key, m.id
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {
    kind: kind.key, id: m.id, label: [l IN labels(m) WHERE l <> 'Entity'][0],
    properties: properties(m), relationship: properties(r)
  } END) AS neighbours
}
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS properties, neighbours
