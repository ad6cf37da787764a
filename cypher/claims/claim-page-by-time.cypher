// One page of all claims in time order (undated last), read in order from the sortTime index and
// stopped after $limit: no scan, whatever the number of claims. The total comes from the count store.
// Serves claims() with no filter but kind/contested and the default order.
MATCH (c:Claim)
WHERE c.sortTime >= date($afterTime)
  AND NOT (c.sortTime = date($afterTime) AND c.id <= $afterId)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($contested IS NULL OR c.contested = $contested)
WITH c
ORDER BY c.sortTime, c.id
LIMIT toInteger($limit)
WITH collect({id: c.id, key: toFloat(c.sortTime.year * 10000 + c.sortTime.month * 100 + c.sortTime.day)}) AS page
RETURN CASE WHEN $kind IS NULL AND $contested IS NULL THEN COUNT { (:Claim) }
            ELSE COUNT { MATCH (c:Claim) WHERE ($kind IS NULL OR c.kind = $kind) AND ($contested IS NULL OR c.contested = $contested) } END AS total,
       page
