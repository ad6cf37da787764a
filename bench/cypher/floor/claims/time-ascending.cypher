// Floor: claims in time order after ($afterTime, $afterId), read in order from the sortTime index and
// stopped after the page; the total from the count store.
WITH COUNT { (:Claim) } AS total
CALL () {
  MATCH (c:Claim)
  WHERE c.sortTime >= date($afterTime) AND (c.sortTime > date($afterTime) OR c.id > $afterId)
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
