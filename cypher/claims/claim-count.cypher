// How many claims have a kind and/or contested value. Run only when a client asks for totalCount of
// claims filtered by those alone, and claim-page-in-order could not count them: all claims, one
// kind's or the contested ones are counted there from their label (claims/labelled-count). A kind
// and contested together, or contested false, are no one label: those read every matching claim's
// index entry. As in claim-page-in-order, each index branch's value is null unless the filters pick
// it, so the other branches seek nothing. The filters come as one map, $filter, so that one plan
// serves whichever are given (see claims/claim-page).
CALL () {
  WITH CASE WHEN $filter.contested IS NULL THEN $filter.kind END AS kind, $filter.kind IS NULL AND coalesce($filter.contested, false) AS contested
  WITH kind, contested WHERE ($filter.kind IS NULL AND $filter.contested IS NULL) OR kind IS NOT NULL OR contested
  RETURN
// include: claims/labelled-count
    AS n
  UNION ALL
  MATCH (c:Claim)
  WHERE c.kind = CASE WHEN $filter.contested IS NOT NULL THEN $filter.kind END AND c.contested = $filter.contested AND ($includeRetracted OR NOT c:Retracted)
  RETURN count(c) AS n
  UNION ALL
  MATCH (c:Claim)
  WHERE c.contested = CASE WHEN $filter.kind IS NULL AND $filter.contested = false THEN false END AND ($includeRetracted OR NOT c:Retracted)
  RETURN count(c) AS n
}
RETURN sum(n) AS total
