// Batches of changes touching one id (or all), newest first; each holds at least one change, so
// $limit batches hold at least $limit changes. Batches are few (one per 2000 imported items).
MATCH (b:GraphChangeBatch)
WHERE $id IS NULL OR $id IN b.ids
RETURN b.id AS id, b.at AS at, b.by AS by, b.items AS items
ORDER BY b.at DESC, b.id DESC
LIMIT $limit
