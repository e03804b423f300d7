// What depends on an entity (impact travels to these, or a network's links and connectivities are
// built on it) and every relationship it has, before a delete.
// Runs inside the delete's write transaction.
MATCH (n:Entity {id: $id})
// Lock the node first: a relationship added to it concurrently waits until this delete is decided.
SET n._lock = true
REMOVE n._lock
WITH n
OPTIONAL MATCH (n)<-[:DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES|THROUGH|HAS_ELEMENT|CONNECTS_FROM|CONNECTS_TO|ATTACHED_AT|REACHES]-(dependant:Entity)
WITH n, collect(DISTINCT dependant.id) AS dependants
OPTIONAL MATCH (n)-[r]-(other:Entity)
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       coalesce(n.revision, 0) AS revision,
       dependants,
       collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)} END) AS relationships
