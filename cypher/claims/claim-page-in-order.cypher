// One page of claims with no filter but kind/contested, in the requested order, read in that
// order from its index and stopped after $limit: the cost grows with the page, not with the graph
// (a rare kind or contested value reads further down the index to fill the page).
// Every order has a stored, indexed key in which undated and valueless claims sort last;
// ties break on id, so pages are stable. Each branch's index bound is null unless $orderKey picks
// it, so the branches not chosen seek nothing (a `WITH * WHERE $orderKey = ...` guard is applied
// by the planner after the seek, and would read the whole index). The total comes from the count
// store where one label counts it (claims/labelled-count: all claims, a kind alone, contested
// alone); with a kind and contested together, or contested false, it is null here, and claim-count's job.
// Kind and contested come as one map, $filter, so that one plan serves whichever are given (see claim-page).
CALL () {
  MATCH (c:Claim)
  WHERE c.sortTime >= date(CASE WHEN $orderKey = 'TIME_ASC' THEN $afterTime END) AND NOT (c.sortTime = date($afterTime) AND c.id <= $afterId)
    AND ($filter.kind IS NULL OR c.kind = $filter.kind) AND ($filter.contested IS NULL OR c.contested = $filter.contested) AND ($includeRetracted OR NOT c:Retracted)
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($limit)
  RETURN c, toFloat(replace(toString(c.sortTime), '-', '')) AS key
  UNION
  MATCH (c:Claim)
  WHERE c.sortTimeDesc >= CASE WHEN $orderKey = 'TIME_DESC' THEN $afterKey END AND NOT (c.sortTimeDesc = $afterKey AND c.id <= $afterId)
    AND ($filter.kind IS NULL OR c.kind = $filter.kind) AND ($filter.contested IS NULL OR c.contested = $filter.contested) AND ($includeRetracted OR NOT c:Retracted)
  WITH c ORDER BY c.sortTimeDesc, c.id LIMIT toInteger($limit)
  RETURN c, c.sortTimeDesc AS key
  UNION
  MATCH (c:Claim)
  WHERE c.sortValue >= CASE WHEN $orderKey = 'VALUE_ASC' THEN $afterKey END AND NOT (c.sortValue = $afterKey AND c.id <= $afterId)
    AND ($filter.kind IS NULL OR c.kind = $filter.kind) AND ($filter.contested IS NULL OR c.contested = $filter.contested) AND ($includeRetracted OR NOT c:Retracted)
  WITH c ORDER BY c.sortValue, c.id LIMIT toInteger($limit)
  RETURN c, c.sortValue AS key
  UNION
  MATCH (c:Claim)
  WHERE c.sortValueDesc >= CASE WHEN $orderKey = 'VALUE_DESC' THEN $afterKey END AND NOT (c.sortValueDesc = $afterKey AND c.id <= $afterId)
    AND ($filter.kind IS NULL OR c.kind = $filter.kind) AND ($filter.contested IS NULL OR c.contested = $filter.contested) AND ($includeRetracted OR NOT c:Retracted)
  WITH c ORDER BY c.sortValueDesc, c.id LIMIT toInteger($limit)
  RETURN c, c.sortValueDesc AS key
  UNION
  MATCH (c:Claim)
  WHERE c.id > CASE WHEN $orderKey = 'ID' THEN $afterId END AND ($filter.kind IS NULL OR c.kind = $filter.kind) AND ($filter.contested IS NULL OR c.contested = $filter.contested) AND ($includeRetracted OR NOT c:Retracted)
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN c, 0.0 AS key
}
WITH c, key ORDER BY key, c.id
WITH collect({id: c.id, key: key}) AS page,
  CASE WHEN $filter.contested IS NULL THEN $filter.kind END AS kind, $filter.kind IS NULL AND coalesce($filter.contested, false) AS contested
WITH page, CASE WHEN ($filter.kind IS NULL AND $filter.contested IS NULL) OR kind IS NOT NULL OR contested THEN
// include: claims/labelled-count
  END AS total
// What the selection asks around the first $shown claims of the page (graph/selected-records).
WITH total, page, [p IN page | p.id][..toInteger($shown)] AS rootClaims, [] AS rootMeasures, [] AS rootConflicts, [] AS rootSources, [] AS rootEntities, [] AS rootCitations
// include: graph/selected-records
RETURN page, total, records
