// How many recorded changes lie between two topology versions: few are applied in place, many
// (another process's large import) are cheaper to load afresh.
CALL () {
  MATCH (c:GraphChange) WHERE c.version > $since AND c.version <= $until
  RETURN count(c) AS singles
}
CALL () {
  MATCH (b:GraphChangeBatch) WHERE b.version > $since AND b.version <= $until
  RETURN coalesce(sum(b.count), 0) AS batched
}
RETURN singles + batched AS changes
