// Floor: claims of one kind in time order; the total counts the kind's index entries.
WITH COUNT { MATCH (c:Claim) WHERE c.kind = $kind } AS total
CALL () {
  MATCH (c:Claim) WHERE c.kind = $kind AND c.sortTime >= date('0001-01-01')
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
