// Every API key, newest first, without hashes.
MATCH (k:ApiKey)
RETURN k {.*, hash: null} AS key
ORDER BY k.createdAt DESC
