// Creates a batch of nodes the caller knows are absent from the graph (it looked them up, or the
// graph held no entity, inside the same write): one domain label each, plus Entity, at revision 1.
// No MERGE and no comparison with what is stored: an import into an empty graph is almost all of
// these. The unique constraints still refuse an id that exists after all. Returns each id with
// its element id, which the write uses to join relationships to these nodes without an index seek.
UNWIND $nodes AS row
CREATE (n:Entity)
SET n = row.properties, n.id = row.id, n.revision = 1, n:$(row.label)
RETURN collect(row.id) AS ids, collect(elementId(n)) AS elementIds
