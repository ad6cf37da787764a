// Floor: latest claims first, undated last, read in order from the index on the stored descending
// key (sortTimeDesc, written by the seed loader and migration 005) and stopped after the page.
WITH COUNT { (:Claim) } AS total
CALL () {
  MATCH (c:Claim) WHERE c.sortTimeDesc IS NOT NULL
  WITH c ORDER BY c.sortTimeDesc, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
