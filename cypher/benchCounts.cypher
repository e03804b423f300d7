// Graph size for the bench report: entities, and relationships per type.
MATCH (n:Entity)
WITH count(n) AS nodes
MATCH ()-[r]->()
RETURN nodes, type(r) AS type, count(r) AS relationships
