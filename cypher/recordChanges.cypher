// Appends a batch of changes of the graph to its history (an import's or the seed's: one item per
// node or relationship it created or changed), inside the write's own transaction, as ONE node: a
// 100k import is a few hundred of these, not 800k nodes, so its transaction stays within memory.
// `items` is the JSON text of the changes; `ids` every id they touch, for changeHistory(id:);
// version and seq order the batches for processes catching up; count says how many items.
CREATE (b:GraphChangeBatch {
  id: randomUUID(), at: datetime.transaction(), by: $by, items: $items, ids: $ids,
  version: $version, seq: $seq, count: $count
})
RETURN b.id AS id
