// Bench baseline for root causes and single points of failure: how many nodes the given nodes
// rest on, walking the impact relationships along their direction (everything needed, transitively).
MATCH (s:Entity) WHERE s.id IN $ids
MATCH (s)-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES*0..]->(n)
RETURN count(DISTINCT n) AS reached
