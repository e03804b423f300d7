// Creates or updates one entity by id. Writes only when the id's label matches and the caller's
// expected revision (if any) is the stored one; the caller rolls the transaction back when `ok` is
// false, which also undoes a node this statement just created.
MERGE (n:Entity {id: $id})
ON CREATE SET n:$($label)
// MERGE does not lock a node it finds: touching a property takes the write lock first, so the
// revision read next is the latest committed one and concurrent writers queue up here.
SET n._lock = true
REMOVE n._lock
WITH n
WITH n, coalesce(n.revision, 0) AS revision, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WITH n, revision, label, label = $label AND ($expectedRevision IS NULL OR revision = $expectedRevision) AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END | SET n += $changes, n.revision = revision + 1)
RETURN ok, label, revision AS previousRevision, n.id AS id, properties(n) AS properties
