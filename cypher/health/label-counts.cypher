// Node counts per domain label; single-label counts are answered from Neo4j's count store, not a scan.
RETURN COUNT { (:Source) } AS Source,
       COUNT { (:Claim) } AS Claim,
       COUNT { (:Citation) } AS Citation,
       COUNT { (:Entity) } AS Entity,
       COUNT { (:Measure) } AS Measure
