// Every node that carries a state, with its outgoing impact edges as three parallel lists (type,
// target, strength): the in-memory topology. Parallel lists of strings decode faster than a map per
// edge (~650k edges at 100k components). Every list skips the row of a node without edges alike.
MATCH (n:Entity)
WHERE n:Component OR n:RedundancyGroup OR n:Service OR n:ServiceInterface OR n:ServiceOffering
   OR n:Network OR n:Connectivity
OPTIONAL MATCH (n)-[r:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES|HAS_ELEMENT|THROUGH]->(m:Entity)
WITH n,
     collect(type(r)) AS types,
     collect(m.id) AS targets,
     collect(CASE WHEN r IS NULL THEN null ELSE coalesce(r.strength, 'HARD') END) AS strengths
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       n.minUp AS minUp,
       n.minUpPercent AS minUpPercent,
       n.directed AS directed,
       types,
       targets,
       strengths
