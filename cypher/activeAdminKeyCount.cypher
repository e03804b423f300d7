// How many admin keys can still be used (start-up creates a first one when there is none).
MATCH (k:ApiKey {role: 'admin'})
WHERE k.revokedAt IS NULL AND (k.expiresAt IS NULL OR k.expiresAt > datetime())
RETURN count(k) AS total
