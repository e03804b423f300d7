// Records that a synthetic world was loaded completely, with its scale, seed and load figures.
MERGE (m:BenchMeta {id: 'bench'})
SET m += $meta
RETURN m.id AS id
