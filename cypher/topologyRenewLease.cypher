// The topology lease: while a process holds it, no other Cascade writer commits a topology write
// without first waiting for it to lapse (bumpTopologyVersion.cypher), so the holder answers impact
// questions from memory without asking the graph each time. Granted to $holder when nobody else
// holds it unexpired and nobody else wrote in the last $quietMs (a process that writes now and then
// would otherwise wait on every write). The fingerprint is read after the lock, so it covers every
// write committed before the lease starts (the same totals as topologyFingerprint.cypher).
MERGE (m:CascadeMeta {id: 'topology'})
// Take the node's write lock before reading the lease fields (read committed would otherwise let a
// writer that commits meanwhile go unseen).
SET m.leaseLock = true
WITH m, timestamp() AS now
WITH m, now,
     (m.leaseHolder IS NULL OR m.leaseHolder = $holder OR coalesce(m.leaseUntil, 0) <= now)
     AND (m.lastWriter IS NULL OR m.lastWriter = $holder OR m.lastWriteAt <= now - $quietMs) AS granted
SET m.leaseHolder = CASE WHEN granted THEN $holder ELSE m.leaseHolder END,
    m.leaseUntil = CASE WHEN granted THEN now + $ttlMs ELSE m.leaseUntil END
REMOVE m.leaseLock
WITH m, granted
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN granted, coalesce(m.version, 0) AS version, coalesce(m.epoch, '') AS epoch, nodes, relationships
