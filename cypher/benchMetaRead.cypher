// The bench's load marker, if a complete load of a synthetic world was recorded (not an Entity).
OPTIONAL MATCH (m:BenchMeta {id: 'bench'})
RETURN properties(m) AS meta
