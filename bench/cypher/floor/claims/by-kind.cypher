// Floor: claims of one kind (pledge) in time order; the total from the count store, by the kind's
// label (migration 013).
WITH COUNT { (:PledgeClaim) } AS total
CALL () {
  MATCH (c:Claim) WHERE c.kind = $kind AND c.sortTime >= date('0001-01-01')
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
