// Every Cascade write bumps this inside its own transaction, before it writes anything: the lock on
// this node orders writers, so versions follow commit order and each write's recorded changes carry
// its version (other processes catch up by reading them in order). The epoch tells a graph that was
// emptied and written again from the one a process loaded; a write that does not record its changes
// ($renew) starts a new epoch, so every process loads afresh instead of catching up.
MERGE (m:CascadeMeta {id: 'topology'})
SET m.version = coalesce(m.version, 0) + 1,
    m.epoch = CASE WHEN $renew OR m.epoch IS NULL THEN randomUUID() ELSE m.epoch END
RETURN m.version AS version
