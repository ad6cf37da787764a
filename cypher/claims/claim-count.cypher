// How many claims have a kind and/or contested value (with neither: all claims, from the count
// store). Run only when a client asks for totalCount of claims filtered by those alone: it reads
// every matching claim's index entry, which the page itself never needs to. As in
// claim-page-in-order, each branch's index value is null unless the filters pick it, so the other
// branches seek nothing.
CALL () {
  RETURN CASE WHEN $kind IS NULL AND $contested IS NULL
              THEN COUNT { (:Claim) } - CASE WHEN $includeRetracted THEN 0 ELSE COUNT { (:Retracted) } END ELSE 0 END AS n
  UNION ALL
  MATCH (c:Claim)
  WHERE c.kind = $kind AND ($contested IS NULL OR c.contested = $contested) AND ($includeRetracted OR NOT c:Retracted)
  RETURN count(c) AS n
  UNION ALL
  MATCH (c:Claim)
  WHERE c.contested = CASE WHEN $kind IS NULL THEN $contested END AND ($includeRetracted OR NOT c:Retracted)
  RETURN count(c) AS n
}
RETURN sum(n) AS total
