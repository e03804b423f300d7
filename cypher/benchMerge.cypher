// The bench's floor for a single write: one MERGE of a component and of its DEPENDS_ON on a target,
// without validation, history or version (what any write to the same database pays at least).
MERGE (n:Entity:Component {id: $id})
SET n.name = $name
WITH n
MATCH (t:Entity {id: $to})
MERGE (n)-[r:DEPENDS_ON]->(t)
SET r.strength = 'HARD'
RETURN n.id AS id
