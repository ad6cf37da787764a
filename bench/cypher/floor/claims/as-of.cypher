// Floor: claims whose time overlaps [$asOfFrom, $asOfTo] (undated ones left out), in time order, from
// the as-of index of migration 007: claims of a day, a month or a year (the classes of migration
// 013) that start within [from - 0, 31 or 366 days, to], and every long one. The total needs every
// match, so they are all collected before the page is cut.
CALL () {
  UNWIND [{class: 'day', days: 0}, {class: 'month', days: 31}, {class: 'year', days: 366}] AS bounded
  MATCH (c:Claim)
  WHERE c.asOfClass = bounded.class AND c.timeStart >= date($asOfFrom) - duration({days: bounded.days}) AND c.timeStart <= date($asOfTo)
  RETURN c
  UNION
  MATCH (c:Claim) WHERE c.asOfClass = 'long'
  RETURN c
}
WITH c WHERE (c.timeEnd IS NULL OR c.timeEnd >= date($asOfFrom)) AND (c.timeStart IS NULL OR c.timeStart <= date($asOfTo))
WITH c ORDER BY c.sortTime, c.id
WITH collect(c) AS matches
WITH size(matches) AS total, matches[..toInteger($first) + 1] AS page
