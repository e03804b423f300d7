// Who stands behind affected offerings and services: the consumer groups the offerings target,
// the providers of the services, and the consumers of the offerings through service relationships.
CALL () {
  UNWIND $offeringIds AS offeringId
  MATCH (:ServiceOffering {id: offeringId})-[:TARGETS]->(g:ConsumerGroup)
  RETURN collect({offeringId: offeringId, consumerGroupId: g.id, name: g.name, size: coalesce(g.size, 0)}) AS targets
}
CALL () {
  UNWIND $serviceIds AS serviceId
  MATCH (:Service {id: serviceId})-[:PROVIDED_BY]->(o:Organization)
  RETURN collect({serviceId: serviceId, organizationId: o.id}) AS providers
}
CALL () {
  UNWIND $offeringIds AS offeringId
  MATCH (:ServiceOffering {id: offeringId})<-[:COVERS]-(:ServiceRelationship)-[:HAS_CONSUMER]->(o:Organization)
  RETURN collect(DISTINCT {offeringId: offeringId, organizationId: o.id}) AS consumers
}
RETURN targets, providers, consumers
