// How many contributors there are (or whether the one asked for, or the whole of the part asked
// for, is one) when the bound `countTotal` is true, else 0 and nothing read: only entities labelled
// Contributor are read, each checked as pledges-by-contributor checks it (a whole, with a claim of
// support that is not retracted), so the cost grows with the contributors, not with the graph. One
// $filter.contributor is found by its id; the first branch's bound is then null and it reads nothing (see
// claims/claim-page-in-order).
CALL (countTotal) {
  MATCH (e:Contributor) WHERE e.sortKey >= CASE WHEN countTotal AND $filter.contributor IS NULL THEN '' END
  RETURN e
  UNION
  MATCH (asked:Entity {id: CASE WHEN countTotal THEN $filter.contributor END})
  CALL (asked) {
    MATCH (asked)-[:PART_OF*0..]->(whole:Entity) WHERE NOT (whole)-[:PART_OF]->()
    RETURN whole
  }
  WITH whole AS e WHERE e:Contributor
  RETURN e
}
WITH e
WHERE NOT (e)-[:PART_OF]->() AND EXISTS {
  MATCH (e)<-[:PART_OF*0..]-(:Entity)<-[:ABOUT|MADE_BY]-(c:Claim)
  WHERE NOT c:Retracted AND (c.kind = 'pledge' OR EXISTS { (c)-[:OF_MEASURE]->(m:Measure) WHERE m.aspect IS NOT NULL })
}
RETURN count(e) AS total
