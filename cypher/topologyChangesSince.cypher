// The recorded changes between two topology versions, in the order they were made: by version
// (commit order), then a batch's place within its write. A batch's items (an import's, possibly
// hundreds of thousands) come only when asked for ($withItems); its count always does, so the
// reader can first see whether applying them beats a full load.
CALL () {
  MATCH (c:GraphChange) WHERE c.version > $since AND c.version <= $until
  RETURN c.version AS version, 0 AS seq, c {.*} AS change, 1 AS count, null AS items
  UNION ALL
  MATCH (b:GraphChangeBatch) WHERE b.version > $since AND b.version <= $until
  RETURN b.version AS version, b.seq AS seq, null AS change, b.count AS count,
         CASE WHEN $withItems THEN b.items ELSE null END AS items
}
RETURN version, seq, change, count, items
ORDER BY version, seq
