// Bench: records that the graph of this size is complete; written last, so an interrupted generation leaves none.
MERGE (g:BenchmarkGraph {size: $size})
SET g.claims = toInteger($claims), g.generatorVersion = toInteger($generatorVersion), g.stats = $stats, g.completedAt = datetime()
