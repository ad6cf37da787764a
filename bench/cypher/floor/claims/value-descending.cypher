// Floor: largest values first (a range by its high end), valueless claims last, read in order from
// the index on the stored descending key (sortValueDesc) and stopped after the page.
WITH COUNT { (:Claim) } AS total
CALL () {
  MATCH (c:Claim) WHERE c.sortValueDesc IS NOT NULL
  WITH c ORDER BY c.sortValueDesc, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
