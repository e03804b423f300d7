// The availability agreed for each target: service levels whose metric is availability (in %) on
// the service relationships that cover it (an offering) or an offering that includes it (a
// service), with the relationship, its consumer and the level's period (MONTH, ...); and a
// service's own warranty (availabilityTarget, in %, over availabilityTargetPeriod when it says),
// for the service itself or an offering that includes it. Per target the strictest comes first, a
// relationship's level before a service's own statement of the same figure (the contract binds).
UNWIND $ids AS id
MATCH (t:Entity {id: id})
CALL (t) {
  MATCH (sr:ServiceRelationship)-[:COVERS]->(o:ServiceOffering)
  WHERE o = t OR (o)-[:INCLUDES]->(t)
  MATCH (sr)-[:AGREES]->(sl:ServiceLevel)
  WHERE toLower(sl.metric) = 'availability' AND sl.unit = '%' AND sl.target IS NOT NULL
  OPTIONAL MATCH (sr)-[:HAS_CONSUMER]->(consumer:Organization)
  RETURN DISTINCT sl.id AS sourceId, sl.target AS percent, sr.id AS relationshipId, sr.name AS relationshipName, consumer.id AS consumerId, sl.period AS period
  UNION
  WITH t
  UNWIND CASE WHEN t:Service THEN [t] WHEN t:ServiceOffering THEN [(t)-[:INCLUDES]->(s:Service) | s] ELSE [] END AS s
  WITH s
  WHERE s.availabilityTarget IS NOT NULL
  RETURN s.id AS sourceId, s.availabilityTarget AS percent, null AS relationshipId, null AS relationshipName, null AS consumerId, s.availabilityTargetPeriod AS period
}
RETURN t.id AS targetId, sourceId, percent, relationshipId, relationshipName, consumerId, period
ORDER BY targetId, percent DESC, relationshipId IS NULL, sourceId, relationshipId
