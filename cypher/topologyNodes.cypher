// Every node that carries a state, with its outgoing impact edges: the in-memory topology.
MATCH (n:Entity)
WHERE n:Component OR n:RedundancyGroup OR n:Service OR n:ServiceInterface OR n:ServiceOffering
OPTIONAL MATCH (n)-[r:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES]->(m:Entity)
WITH n, collect(CASE WHEN m IS NULL THEN null ELSE {type: type(r), to: m.id, strength: r.strength} END) AS edges
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       n.minUp AS minUp,
       n.minUpPercent AS minUpPercent,
       edges
