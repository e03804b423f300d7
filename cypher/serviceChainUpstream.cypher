// What the subject rests on, across organisations: every node within 50 hops along DEPENDS_ON,
// HAS_MEMBER, INTERFACE_OF and INCLUDES, with the organisation it belongs to (a service's provider,
// a component's or group's owner, an offering's offerer, an interface's service's provider) and its
// outgoing edges of those types. Edges to nodes not returned lie beyond the 50-hop bound.
// `WITH DISTINCT n` is planned as a pruning breadth-first expand, so cycles stay cheap.
MATCH (subject:Entity {id: $id})
MATCH (subject)-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES*0..50]->(n:Entity)
WITH DISTINCT n
CALL (n) {
  OPTIONAL MATCH (n)-[:PROVIDED_BY|OWNED_BY|OFFERED_BY]->(own:Organization)
  OPTIONAL MATCH (n)-[:INTERFACE_OF]->(:Service)-[:PROVIDED_BY]->(viaService:Organization)
  RETURN coalesce(min(own.id), min(viaService.id)) AS organizationId
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES]->(m:Entity)
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {type: type(r), from: n.id, to: m.id, strength: r.strength} END) AS edges
}
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       organizationId,
       edges
ORDER BY id
