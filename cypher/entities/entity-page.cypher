// One page of entities by name, then id, read in that order from the sortKey index and stopped after
// $limit, with what the request's selection asks for around them. With $search (a case-insensitive part of the name or an alias) every entity is read:
// entities are the graph's smallest label, and a part of a word needs no index to match.
MATCH (e:Entity)
WHERE e.sortKey > $afterKey AND ($type IS NULL OR e.type = $type)
  AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search)
       OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search)))
WITH e ORDER BY e.sortKey
LIMIT toInteger($limit)
WITH collect({id: e.id, key: e.sortKey}) AS page
WITH page, CASE WHEN $type IS NULL AND $search IS NULL THEN COUNT { (:Entity) }
            ELSE COUNT {
              MATCH (e:Entity)
              WHERE ($type IS NULL OR e.type = $type)
                AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search)
                     OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search)))
            } END AS total
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
    MATCH (:Entity {id: id})<-[:ABOUT]-(m:Measure)
    RETURN m.id
  } AS rootMeasures, [] AS rootConflicts, [] AS rootSources
// include: graph/selected-records
RETURN total, page, claimPages, records
