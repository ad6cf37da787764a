// Floor: claims whose time overlaps [$asOfFrom, $asOfTo] (undated ones left out), in time order, from
// the as-of index of migration 007: short claims that start within [from - 31 days, to], and every
// long one. The total needs every match, so they are all collected before the page is cut.
CALL () {
  MATCH (c:Claim)
  WHERE c.asOfClass = 'short' AND c.timeStart >= date($asOfFrom) - duration({days: 31}) AND c.timeStart <= date($asOfTo)
  RETURN c
  UNION
  MATCH (c:Claim) WHERE c.asOfClass = 'long'
  RETURN c
}
WITH c WHERE (c.timeEnd IS NULL OR c.timeEnd >= date($asOfFrom)) AND (c.timeStart IS NULL OR c.timeStart <= date($asOfTo))
WITH c ORDER BY c.sortTime, c.id
WITH collect(c) AS matches
WITH size(matches) AS total, matches[..toInteger($first) + 1] AS page
