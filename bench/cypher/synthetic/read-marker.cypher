// Bench: what graph this database holds, as recorded once its generation completed (none while it is incomplete).
MATCH (g:BenchmarkGraph)
RETURN g.size AS size, g.claims AS claims, g.generatorVersion AS generatorVersion, g.stats AS stats
