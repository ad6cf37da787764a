// Floor: contested claims in time order; the total from the count store, by the label Contested
// (migration 013).
WITH COUNT { (:Contested) } AS total
CALL () {
  MATCH (c:Claim) WHERE c.contested = true AND c.sortTime >= date('0001-01-01')
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
