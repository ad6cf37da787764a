// One page of entities by name, then id, with what the request's selection asks for around them. Without $filter.search it is read in that order from the sortKey
// index and stopped after $limit. With $filter.search (a case-insensitive part of the name or an alias) the
// text index of migration 012 finds every match (the total needs them all) and only the matches are
// sorted. As in claim-page, each branch's lookup value is null unless it is the one chosen, so the
// other finds nothing at once.
// $filter.search and $filter.type come as one map, so that one plan serves whichever are given (see claims/claim-page).
CALL () {
  MATCH (e:Entity)
  WHERE e.sortKey > CASE WHEN $filter.search IS NULL THEN $afterKey END AND ($filter.type IS NULL OR e.type = $filter.type)
  WITH e ORDER BY e.sortKey
  LIMIT toInteger($limit)
  WITH collect({id: e.id, key: e.sortKey}) AS page
  RETURN CASE WHEN $filter.search IS NOT NULL THEN 0
              WHEN $filter.type IS NULL THEN COUNT { (:Entity) }
              ELSE COUNT { MATCH (e:Entity) WHERE e.type = $filter.type } END AS total,
         page
  UNION ALL
  MATCH (e:Entity) USING TEXT INDEX e:Entity(searchText)
  WHERE e.searchText CONTAINS toLower($filter.search) AND ($filter.type IS NULL OR e.type = $filter.type)
  WITH e ORDER BY e.sortKey
  WITH collect({id: e.id, key: e.sortKey}) AS matches
  RETURN size(matches) AS total, [m IN matches WHERE m.key > $afterKey][..toInteger($limit)] AS page
}
WITH sum(total) AS total, reduce(all = [], p IN collect(page) | all + p) AS page
// What the selection asks around the first $shown entities of the page (graph/selected-records):
// their measures, and the first page of each one's claims ($select.entityClaims of them, 0: none).
WITH total, page, [p IN page | p.id][..toInteger($shown)] AS rootEntities
CALL (rootEntities) {
  UNWIND CASE WHEN $select.entityClaims > 0 THEN rootEntities ELSE [] END AS subject
  WITH {subject: subject, afterKey: null, afterId: null, limit: $select.entityClaims + 1} AS r
// include: claims/subject-claims
  RETURN collect(r {.*, total: total, page: page}) AS claimPages
}
WITH total, page, rootEntities, claimPages,
  reduce(ids = [], p IN claimPages | ids + [x IN p.page[..toInteger($select.entityClaims)] | x.id]) AS rootClaims,
  COLLECT {
    UNWIND CASE WHEN $select.entityMeasures THEN rootEntities ELSE [] END AS id
    MATCH (m:Measure) USING INDEX m:Measure(subjectId) WHERE m.subjectId = id
    RETURN m.id
  } AS rootMeasures, [] AS rootConflicts, [] AS rootSources, [] AS rootCitations
// include: graph/selected-records
RETURN total, page, claimPages, records
