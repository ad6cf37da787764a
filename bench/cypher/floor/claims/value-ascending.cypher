// Floor: smallest values first (claims without a value, sortValue 1e300, last), read in order from
// the sortValue index and stopped after the page; the total from the count store.
WITH COUNT { (:Claim) } AS total
CALL () {
  MATCH (c:Claim) WHERE c.sortValue IS NOT NULL
  WITH c ORDER BY c.sortValue, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
