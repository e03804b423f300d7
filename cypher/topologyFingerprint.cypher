// Cheap enough for every request: the write counter Cascade bumps, plus node and relationship
// totals (answered from Neo4j's count store) to notice writes made outside Cascade.
OPTIONAL MATCH (m:CascadeMeta {id: 'topology'})
WITH coalesce(m.version, 0) AS version
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN version, nodes, relationships
