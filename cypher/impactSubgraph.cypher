// Everything the failures can affect (impact travels against these relationship types), each with
// all of its outgoing impact edges, so redundancy groups can count members outside the blast radius.
// `*0..` with DISTINCT is planned as a pruning breadth-first expand, so cycles and meshes stay cheap.
MATCH (f:Entity) WHERE f.id IN $ids
MATCH (f)<-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES*0..]-(n:Entity)
WITH DISTINCT n
OPTIONAL MATCH (n)-[r:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES]->(m:Entity)
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       n.minUp AS minUp,
       n.minUpPercent AS minUpPercent,
       collect(CASE WHEN m IS NULL THEN null ELSE {type: type(r), to: m.id, strength: r.strength} END) AS edges
