// Replaces the holds of the entities a batch of events spoke about: those in $unheld lose theirs,
// $holds (one per entity) are the better statuses now waiting out the hold-down.
UNWIND $unheld AS entityId
OPTIONAL MATCH (old:StatusHold {entityId: entityId})
DETACH DELETE old
WITH count(*) AS dropped
UNWIND $holds AS hold
MERGE (h:StatusHold {entityId: hold.entityId})
SET h += hold
RETURN count(h) AS held
