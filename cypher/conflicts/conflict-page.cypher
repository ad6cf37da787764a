// One page of conflict groups by id (an id starts with its measure's id, so groups of one measure
// sit together), read in id order from its index, or from the measure's conflicts, and stopped
// after $limit, with what the request's selection asks for around them (graph/selected-records). Kind and severity filters are applied while reading. Each branch's lookup value is null unless
// the filters pick it, so the other branch reads nothing (see claims/claim-page-in-order).
// The filters come as one map, $filter, so that one plan serves whichever are given (see claims/claim-page).
CALL () {
  MATCH (x:Conflict) WHERE x.id > CASE WHEN $filter.measure IS NULL THEN $afterId END AND ($filter.kind IS NULL OR $filter.kind IN x.kinds)
    AND ($filter.severity IS NULL OR x.severity = $filter.severity)
  WITH x ORDER BY x.id LIMIT toInteger($limit)
  RETURN x
  UNION
  MATCH (x:Conflict {measureId: $filter.measure}) USING INDEX x:Conflict(measureId)
  WHERE x.id > $afterId AND ($filter.kind IS NULL OR $filter.kind IN x.kinds) AND ($filter.severity IS NULL OR x.severity = $filter.severity)
  WITH x ORDER BY x.id LIMIT toInteger($limit)
  RETURN x
}
WITH x ORDER BY x.id
WITH collect({id: x.id, key: x.id}) AS page
// The total: from the count store, the measure's conflicts, or (a kind or severity alone) every conflict group.
CALL () {
  RETURN CASE WHEN $filter.measure IS NULL AND $filter.kind IS NULL AND $filter.severity IS NULL THEN COUNT { (:Conflict) } ELSE 0 END AS n
  UNION ALL
  MATCH (x:Conflict {measureId: $filter.measure}) WHERE ($filter.kind IS NULL OR $filter.kind IN x.kinds) AND ($filter.severity IS NULL OR x.severity = $filter.severity)
  RETURN count(x) AS n
  UNION ALL
  MATCH (x:Conflict) WHERE x.id >= CASE WHEN $filter.measure IS NULL AND ($filter.kind IS NOT NULL OR $filter.severity IS NOT NULL) THEN '' END
    AND ($filter.kind IS NULL OR $filter.kind IN x.kinds) AND ($filter.severity IS NULL OR x.severity = $filter.severity)
  RETURN count(x) AS n
}
WITH sum(n) AS total, page
// What the selection asks around the first $shown groups of the page (graph/selected-records).
WITH total, page, [] AS rootClaims, [] AS rootMeasures, [p IN page | p.id][..toInteger($shown)] AS rootConflicts, [] AS rootSources, [] AS rootEntities, [] AS rootCitations
// include: graph/selected-records
RETURN total, page, records
