// Bench baseline for impact: how many nodes a failure can reach, walking the impact relationships
// against their direction (every dependant, transitively). `*0..` with DISTINCT plans as a pruning
// breadth-first expand; this is the least any impact answer has to traverse.
MATCH (f:Entity {id: $id})<-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES*0..]-(n)
RETURN count(DISTINCT n) AS reached
