// Revokes a key (once: the first revocation time stays).
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.*, hash: null} AS key
