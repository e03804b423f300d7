// What the root needs: every node within $reach hops along DEPENDS_ON, HAS_MEMBER, INTERFACE_OF,
// INCLUDES, THROUGH and HAS_ELEMENT (the dependant points at what it needs; a connectivity at its
// network, the network at its routers and links), each with its outgoing edges of those types.
// A consumer group needs the offerings that target it: from a group root the walk starts one hop
// further, at those offerings, and the root's row carries their TARGETS edges.
// `min(length(p))` per start is planned as a pruning breadth-first expand (no path enumeration), so
// cycles and meshes stay cheap; 51 is the deepest answer (50) plus the layer that tells whether the
// cap cut anything. Nodes in that last layer come without edges: only their existence matters.
MATCH (root:Entity {id: $root})
OPTIONAL MATCH (root)<-[:TARGETS]-(offering:ServiceOffering)
WITH root, [root] + collect(offering) AS starts
UNWIND starts AS start
MATCH p = (start)-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES|THROUGH|HAS_ELEMENT*0..51]->(n:Entity)
WITH root, start, n, min(length(p)) AS hops
WITH root, n, min(CASE WHEN start = root THEN hops ELSE hops + 1 END) AS hops
WHERE hops <= $reach
CALL (root, n, hops) {
  OPTIONAL MATCH (n)-[r:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES|THROUGH|HAS_ELEMENT]->(m:Entity)
  WHERE hops < $reach
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {type: type(r), from: n.id, to: m.id, strength: r.strength} END) AS needs
}
WITH n, needs + [(n)<-[:TARGETS]-(o:ServiceOffering) WHERE n = root | {type: 'TARGETS', from: o.id, to: n.id, strength: null}] AS edges
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       edges
ORDER BY id
