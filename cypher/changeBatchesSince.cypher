// Batches of changes (imports, the seed) after a point in time, newest first.
MATCH (b:GraphChangeBatch) WHERE b.at > datetime($at)
RETURN b.id AS id, b.at AS at, b.by AS by, b.items AS items
ORDER BY b.at DESC, b.id DESC
