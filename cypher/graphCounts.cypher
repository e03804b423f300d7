// Entity and relationship totals, to check that writes converge and failed writes change nothing.
MATCH (n:Entity)
WITH count(n) AS nodes
OPTIONAL MATCH (:Entity)-[r]->(:Entity)
RETURN nodes, count(r) AS relationships
