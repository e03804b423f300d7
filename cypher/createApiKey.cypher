// Stores a new API key: only the SHA-256 of its secret, never the secret itself.
CREATE (k:ApiKey {
  id: $id, name: $name, role: $role, hash: $hash,
  createdAt: datetime(), createdBy: $by, expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END
})
RETURN k {.*, hash: null} AS key
