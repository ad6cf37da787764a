// One page of claims with no filter but kind/contested, in the requested order, read in that
// order from its index and stopped after $limit: the cost grows with the page, not with the graph
// (a rare kind or contested value reads further down the index to fill the page).
// Every order has a stored, indexed key in which undated and valueless claims sort last;
// ties break on id, so pages are stable. The total comes from the count store or an index.
CALL () {
  WITH * WHERE $orderKey = 'TIME_ASC'
  MATCH (c:Claim)
  WHERE c.sortTime >= date($afterTime) AND NOT (c.sortTime = date($afterTime) AND c.id <= $afterId)
    AND ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested)
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($limit)
  RETURN c, toFloat(c.sortTime.year * 10000 + c.sortTime.month * 100 + c.sortTime.day) AS key
  UNION
  WITH * WHERE $orderKey = 'TIME_DESC'
  MATCH (c:Claim)
  WHERE c.sortTimeDesc >= $afterKey AND NOT (c.sortTimeDesc = $afterKey AND c.id <= $afterId)
    AND ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested)
  WITH c ORDER BY c.sortTimeDesc, c.id LIMIT toInteger($limit)
  RETURN c, c.sortTimeDesc AS key
  UNION
  WITH * WHERE $orderKey = 'VALUE_ASC'
  MATCH (c:Claim)
  WHERE c.sortValue >= $afterKey AND NOT (c.sortValue = $afterKey AND c.id <= $afterId)
    AND ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested)
  WITH c ORDER BY c.sortValue, c.id LIMIT toInteger($limit)
  RETURN c, c.sortValue AS key
  UNION
  WITH * WHERE $orderKey = 'VALUE_DESC'
  MATCH (c:Claim)
  WHERE c.sortValueDesc >= $afterKey AND NOT (c.sortValueDesc = $afterKey AND c.id <= $afterId)
    AND ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested)
  WITH c ORDER BY c.sortValueDesc, c.id LIMIT toInteger($limit)
  RETURN c, c.sortValueDesc AS key
  UNION
  WITH * WHERE $orderKey = 'ID'
  MATCH (c:Claim)
  WHERE c.id > $afterId AND ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested)
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN c, 0.0 AS key
}
WITH c, key ORDER BY key, c.id
WITH collect({id: c.id, key: key}) AS page
RETURN CASE WHEN $kind IS NULL AND $contested IS NULL THEN COUNT { (:Claim) }
            ELSE COUNT { MATCH (c:Claim) WHERE ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested) } END AS total,
       page
