// Of the given redundancy groups, those with members but fewer than their minUp (an import may not
// leave one so; an empty group is one still being built).
UNWIND $ids AS id
MATCH (g:RedundancyGroup {id: id})
WHERE g.minUp IS NOT NULL
OPTIONAL MATCH (g)-[:HAS_MEMBER]->(m)
WITH g, count(m) AS members
WHERE members > 0 AND members < g.minUp
RETURN g.id AS id, g.minUp AS minUp, members
ORDER BY id
LIMIT 100
