// A question's one statement when its process holds a topology: the fingerprint (as in
// topologyFingerprint.cypher) and the changes recorded after the held version up to the one read
// here, so that a question after a write catches up in one round trip instead of three
// (fingerprint, fingerprint again, changes). The version is read first: every change at or below
// it committed with it, so none is missed; later ones are left for the next question. A batch's
// items (an import's, possibly hundreds of thousands) come only when it alone is within $max; its
// count always does, so the reader can see whether applying beats a full load. Single changes come
// up to $limit (one more than the reader applies); none when the epoch is not the reader's.
OPTIONAL MATCH (m:CascadeMeta {id: 'topology'})
WITH coalesce(m.version, 0) AS version, coalesce(m.epoch, '') AS epoch
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL (version, epoch) {
  MATCH (c:GraphChange) WHERE epoch = $epoch AND c.version > $since AND c.version <= version
  WITH c ORDER BY c.version LIMIT $limit
  RETURN collect(c {.*}) AS changes
}
CALL (version, epoch) {
  MATCH (b:GraphChangeBatch) WHERE epoch = $epoch AND b.version > $since AND b.version <= version
  WITH b ORDER BY b.version, b.seq
  RETURN collect({version: b.version, seq: b.seq, count: b.count, items: CASE WHEN b.count <= $max THEN b.items END}) AS batches
}
RETURN version, epoch, nodes, relationships, changes, batches
