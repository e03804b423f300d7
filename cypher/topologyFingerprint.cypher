// Cheap enough for every question: the write counter Cascade bumps with its epoch, plus node and
// relationship totals (answered from Neo4j's count store) to notice writes made outside Cascade.
OPTIONAL MATCH (m:CascadeMeta {id: 'topology'})
WITH coalesce(m.version, 0) AS version, coalesce(m.epoch, '') AS epoch
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN version, epoch, nodes, relationships
