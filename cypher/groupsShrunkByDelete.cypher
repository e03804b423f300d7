// The redundancy groups an entity is a member of, with their quorum and member count: deleting the
// entity takes one member from each.
MATCH (g:RedundancyGroup)-[:HAS_MEMBER]->(:Entity {id: $id})
MATCH (g)-[:HAS_MEMBER]->(m)
RETURN g.id AS id, g.minUp AS minUp, count(m) AS members
ORDER BY id
