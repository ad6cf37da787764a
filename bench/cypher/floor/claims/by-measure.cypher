// Floor: one measure's claims in time order; the total from the measure's relationship count.
MATCH (m:Measure {id: $measure})
WITH m, COUNT { (m)<-[:OF_MEASURE]-() } AS total
CALL (m) {
  MATCH (m)<-[:OF_MEASURE]-(c:Claim)
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
