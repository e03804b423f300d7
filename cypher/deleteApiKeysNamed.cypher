// Removes the API keys of this name, so the name can be used again. Used by the documentation's
// examples, which make a key of a fixed name (its name is printed in their answers).
MATCH (k:ApiKey {name: $name})
DETACH DELETE k
RETURN count(*) AS deleted
