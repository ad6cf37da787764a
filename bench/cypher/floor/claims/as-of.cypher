// Floor: claims whose time overlaps [$asOfFrom, $asOfTo] (undated ones left out), in time order: read
// in sortTime order and stopped after the page, but the total has to test every claim.
WITH COUNT {
  MATCH (c:Claim)
  WHERE ((c.timeEnd IS NOT NULL AND c.timeEnd >= date($asOfFrom)) OR (c.timeEnd IS NULL AND c.timeStart IS NOT NULL))
    AND ((c.timeStart IS NOT NULL AND c.timeStart <= date($asOfTo)) OR (c.timeStart IS NULL AND c.timeEnd IS NOT NULL))
} AS total
CALL () {
  MATCH (c:Claim)
  WHERE c.sortTime >= date('0001-01-01')
    AND ((c.timeEnd IS NOT NULL AND c.timeEnd >= date($asOfFrom)) OR (c.timeEnd IS NULL AND c.timeStart IS NOT NULL))
    AND ((c.timeStart IS NOT NULL AND c.timeStart <= date($asOfTo)) OR (c.timeStart IS NULL AND c.timeEnd IS NOT NULL))
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
