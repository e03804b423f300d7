// One API key with its hash, to check a presented token.
MATCH (k:ApiKey {id: $id})
RETURN k {.*} AS key
