// The availability agreed for a target: service levels whose metric is availability (in %) on the
// service relationships that cover it (an offering) or an offering that includes it (a service),
// and a service's own warranty (availabilityTarget, in %). The strictest comes first.
MATCH (t:Entity {id: $id})
CALL (t) {
  MATCH (sr:ServiceRelationship)-[:COVERS]->(o:ServiceOffering)
  WHERE o = t OR (o)-[:INCLUDES]->(t)
  MATCH (sr)-[:AGREES]->(sl:ServiceLevel)
  WHERE toLower(sl.metric) = 'availability' AND sl.unit = '%' AND sl.target IS NOT NULL
  RETURN DISTINCT sl.id AS sourceId, sl.target AS percent
  UNION
  WITH t
  WHERE t:Service AND t.availabilityTarget IS NOT NULL
  RETURN t.id AS sourceId, t.availabilityTarget AS percent
}
RETURN sourceId, percent
ORDER BY percent DESC, sourceId
