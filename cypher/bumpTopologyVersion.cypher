// Every Cascade write bumps this inside its own transaction, so cached topologies notice the change.
MERGE (m:CascadeMeta {id: 'topology'})
SET m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version
