// Both ends of a would-be relationship (labels, so the caller can check kinds) and whether it exists.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) = $type
RETURN [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel,
       count(r) > 0 AS exists,
       head(collect(properties(r))) AS properties
