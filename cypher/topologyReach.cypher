// Who stands behind offerings and services: targeted consumer groups, providers, consumers through
// service relationships, owners, and the ends of network links and connectivities (which paths
// exist). Held in memory beside the impact graph.
CALL () {
  MATCH (o:ServiceOffering)-[:TARGETS]->(g:ConsumerGroup)
  RETURN collect({offeringId: o.id, consumerGroupId: g.id, name: g.name, size: coalesce(g.size, 0)}) AS targets
}
CALL () {
  MATCH (s:Service)-[:PROVIDED_BY]->(o:Organization)
  RETURN collect({serviceId: s.id, organizationId: o.id}) AS providers
}
CALL () {
  MATCH (offering:ServiceOffering)<-[:COVERS]-(:ServiceRelationship)-[:HAS_CONSUMER]->(o:Organization)
  RETURN collect(DISTINCT {offeringId: offering.id, organizationId: o.id}) AS consumers
}
CALL () {
  MATCH (n:Entity)-[:OWNED_BY|PROVIDED_BY|OFFERED_BY]->(o:Organization)
  RETURN collect({id: n.id, organizationId: o.id}) AS owners
}
CALL () {
  MATCH (a:Entity)-[r:CONNECTS_FROM|CONNECTS_TO|ATTACHED_AT|REACHES]->(b:Entity)
  RETURN collect({type: type(r), from: a.id, to: b.id}) AS networkEnds
}
RETURN targets, providers, consumers, owners, networkEnds
