// Creates a batch of relationships of which at least one end was created by the same write, so none
// of them can exist yet: nothing to MERGE or compare. The ends come as element ids from that
// write (createNodes, entityElementIds), valid inside its transaction only; a direct lookup by
// element id costs less than a seek in the id index, which also has to search the transaction's
// own uncommitted nodes. Rows whose ends are not found are not counted (the caller checks).
UNWIND $relationships AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS written
