// What is known before a batch of events: the alerts with the batch's keys, and every open alert
// of the entities involved (those bound now and those the keys' alerts were bound to), so the
// worst open alert of each entity can be told.
OPTIONAL MATCH (k:Alert) WHERE k.key IN $keys
WITH collect(DISTINCT k.entityId) + $entityIds AS entityIds
MATCH (a:Alert)
WHERE a.key IN $keys OR (a.open AND a.entityId IN entityIds)
RETURN a {.*} AS alert
