// What needs the root: every node within $reach hops against DEPENDS_ON, HAS_MEMBER, INTERFACE_OF,
// INCLUDES, THROUGH and HAS_ELEMENT, each with its incoming edges of those types (its dependants), and the consumer
// groups that offerings among them target, each with those TARGETS edges.
// `min(length(p))` is planned as a pruning breadth-first expand (no path enumeration), so cycles and
// dense graphs stay cheap; 51 is the deepest answer (50) plus the layer that tells whether the cap
// cut anything. Nodes in that last layer come without edges: only their existence matters.
MATCH (root:Entity {id: $root})
MATCH p = (root)<-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES|THROUGH|HAS_ELEMENT*0..51]-(n:Entity)
WITH n, min(length(p)) AS hops
WHERE hops <= $reach
WITH collect({node: n, hops: hops}) AS closure
CALL (closure) {
  UNWIND closure AS entry
  WITH entry.node AS n, entry.hops AS hops
  OPTIONAL MATCH (n)<-[r:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES|THROUGH|HAS_ELEMENT]-(m:Entity)
  WHERE hops < $reach
  RETURN n, collect(CASE WHEN m IS NULL THEN null ELSE {type: type(r), from: m.id, to: n.id, strength: r.strength} END) AS edges
  UNION ALL
  UNWIND closure AS entry
  WITH entry.node AS offering, entry.hops AS hops
  WHERE offering:ServiceOffering AND hops < $reach
  MATCH (offering)-[:TARGETS]->(group:ConsumerGroup)
  RETURN group AS n, collect({type: 'TARGETS', from: offering.id, to: group.id, strength: null}) AS edges
}
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       edges
ORDER BY id
