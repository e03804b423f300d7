// Upserts a batch of CONNECTS_FROM relationships between existing entities (one per pair). One file per
// type: a static type plans far better than a dynamic one or a branch per type (README, Performance).
// Rows whose ends do not both exist are not counted; an unchanged relationship is left untouched.
// Returns the rows it created or changed with their properties before (null: created), so the
// caller can record each change in the history in the same transaction.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing:CONNECTS_FROM]->(b)
WITH a, b, row, existing IS NULL AS created, existing IS NOT NULL AND properties(existing) = row.properties AS same,
     CASE WHEN existing IS NULL THEN null ELSE properties(existing) END AS before
MERGE (a)-[r:CONNECTS_FROM]->(b)
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET r = row.properties)
RETURN count(*) AS written,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND NOT same THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged,
       collect(CASE WHEN same THEN null ELSE {from: row.from, to: row.to, before: before} END) AS changes
