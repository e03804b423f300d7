// The offerings a value chain passes through: those named ($offeringIds, reached downstream) and
// those that include the services named ($serviceIds, provided across organisations), each with
// its offerer, the services it includes, the consumer groups it targets (with the organisation
// each group belongs to) and the service relationships that cover it (with their two parties).
CALL () {
  MATCH (o:ServiceOffering) WHERE o.id IN $offeringIds
  RETURN o
  UNION
  MATCH (s:Service)<-[:INCLUDES]-(o:ServiceOffering) WHERE s.id IN $serviceIds
  RETURN o
}
CALL (o) {
  OPTIONAL MATCH (o)-[:OFFERED_BY]->(provider:Organization)
  RETURN min(provider.id) AS organizationId
}
RETURN o.id AS id,
       organizationId,
       [(o)-[:INCLUDES]->(s:Service) | s.id] AS serviceIds,
       [(o)-[:TARGETS]->(g:ConsumerGroup) | {consumerGroupId: g.id, organizationId: head([(g)-[:PART_OF]->(go:Organization) | go.id])}] AS targets,
       [(r:ServiceRelationship)-[:COVERS]->(o) | {
         relationshipId: r.id,
         providerId: head([(r)-[:HAS_PROVIDER]->(p:Organization) | p.id]),
         consumerId: head([(r)-[:HAS_CONSUMER]->(c:Organization) | c.id])
       }] AS relationships
ORDER BY id
