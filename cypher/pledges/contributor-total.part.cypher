// How many contributors there are (or whether the one asked for, or the whole of the part asked
// for, is one) when the bound `countTotal` is true, else 0 and nothing read. The writer keeps the
// Contributor label on exactly the contributors (curation/write-pledge-entries), so every
// contributor's count comes from Neo4j's count store, and one $filter.contributor's from its PART_OF
// chain.
RETURN CASE
  WHEN NOT countTotal THEN 0
  WHEN $filter.contributor IS NULL THEN COUNT { (:Contributor) }
  ELSE COUNT { (:Entity {id: $filter.contributor})-[:PART_OF*0..]->(:Contributor) }
END AS total
