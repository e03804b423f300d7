// The recorded changes between two topology versions, in the order they were made: by version
// (commit order), then a batch's place within its write.
CALL () {
  MATCH (c:GraphChange) WHERE c.version > $since AND c.version <= $until
  RETURN c.version AS version, 0 AS seq, c {.*} AS change, null AS items
  UNION ALL
  MATCH (b:GraphChangeBatch) WHERE b.version > $since AND b.version <= $until
  RETURN b.version AS version, b.seq AS seq, null AS change, b.items AS items
}
RETURN version, seq, change, items
ORDER BY version, seq
