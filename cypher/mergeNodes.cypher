// Upserts a batch of nodes: one domain label each, plus Entity. A node whose stored properties
// already equal the row's is left untouched (re-importing a document changes nothing); otherwise
// its properties are replaced and its revision goes up by one. Returns what happened, by count,
// and the rows it created or changed with their properties before (null: created) and their new
// revision, so the caller can record each change in the history in the same transaction.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.revision, 0) AS revision,
     all(key IN keys(row.properties) WHERE n[key] = row.properties[key])
       AND all(key IN keys(n) WHERE key IN ['id', 'revision'] OR key IN keys(row.properties)) AS same,
     CASE WHEN n.revision IS NULL THEN null ELSE properties(n) END AS before
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END |
  SET n = row.properties, n.id = row.id, n.revision = revision + 1)
SET n:$(row.label)
RETURN count(n) AS written,
       sum(CASE WHEN revision = 0 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN revision > 0 AND NOT same THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged,
       collect(CASE WHEN same THEN null ELSE {id: row.id, label: row.label, before: before, revision: revision + 1} END) AS changes
