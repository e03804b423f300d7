// Every Cascade write bumps this inside its own transaction, before it writes anything: the lock on
// this node orders writers, so versions follow commit order and each write's recorded changes carry
// its version (other processes catch up by reading them in order). The epoch tells a graph that was
// emptied and written again from the one a process loaded; a write that does not record its changes
// ($renew) starts a new epoch, so every process loads afresh instead of catching up.
// The topology lease (topologyRenewLease.cypher): a write by anyone but the holder ends the lease
// and says how long the holder may still answer from memory without asking; the writer waits that
// long before it commits, so the holder's next answer after the acknowledgement checks and sees it.
// The SET of version reads the property it writes, so Cypher takes the node's write lock first:
// the lease fields read below are then the latest committed.
MERGE (m:CascadeMeta {id: 'topology'})
SET m.version = coalesce(m.version, 0) + 1,
    m.epoch = CASE WHEN $renew OR m.epoch IS NULL THEN randomUUID() ELSE m.epoch END
WITH m, timestamp() AS now
WITH m, now,
     CASE WHEN m.leaseHolder IS NOT NULL AND m.leaseHolder <> $writer AND m.leaseUntil > now
          THEN m.leaseUntil - now ELSE 0 END AS waitMs
SET m.lastWriter = $writer, m.lastWriteAt = now,
    m.leaseUntil = CASE WHEN waitMs > 0 THEN now ELSE m.leaseUntil END
RETURN m.version AS version, waitMs
