// Seed: what the graph holds after a load, by label and by claim kind.
OPTIONAL MATCH (c:Claim)
WITH c.kind AS kind, count(c) AS n
ORDER BY kind
WITH [row IN collect({kind: kind, count: n}) WHERE row.kind IS NOT NULL] AS byKind
RETURN COUNT { (:Source) } AS sources,
       COUNT { (:Claim) } AS claims,
       COUNT { (:Citation) } AS citations,
       COUNT { (:Entity) } AS entities,
       COUNT { (:Measure) } AS measures,
       COUNT { (:Conflict) } AS conflicts,
       COUNT { ()-[:CITES]->() } AS cites,
       COUNT { ()-[]->() } AS relationships,
       byKind
