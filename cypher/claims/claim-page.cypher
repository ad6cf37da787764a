// One page of filtered claims in a stable order, with the total count of matches.
// The anchor is the most selective filter given (text, then measure, source, subject), reached
// through its index; the cost grows with the anchor's claims. With none of them, as-of is the
// anchor: the claims of the window's time (and the few long or open-ended ones); without as-of
// either, claim-page-in-order serves the page from an index instead. Each branch's lookup value is
// null unless it is the anchor, so the other branches find nothing at once (a `WITH * WHERE` guard
// would be applied by the planner only after their reads).
// $orderKey: RELEVANCE (with $filter.text) | TIME_ASC | TIME_DESC | VALUE_ASC | VALUE_DESC | ID; ties break on id, so pages are stable.
// The filters (and the cursor, $after) come as maps: Neo4j keeps a plan per query text and
// parameter types, and null is a type of its own, so a parameter per filter would cost a plan (seconds
// on a cold server) for every combination of filters given. One map keeps one plan for all.
CALL () {
  WITH * WHERE $filter.text IS NOT NULL
  CALL db.index.fulltext.queryNodes('claim_text', $filter.text) YIELD node, score
  OPTIONAL MATCH (node)-[:SUPPORTS]->(supported:Claim)
  WITH coalesce(supported, node) AS c, score WHERE c:Claim
  RETURN c, max(score) AS score
  UNION
  MATCH (:Measure {id: CASE WHEN $filter.text IS NULL THEN $filter.measure END})<-[:OF_MEASURE]-(c:Claim)
  RETURN c, 0.0 AS score
  UNION
  MATCH (:Source {id: CASE WHEN $filter.text IS NULL AND $filter.measure IS NULL THEN $filter.source END})<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim)
  RETURN DISTINCT c, 0.0 AS score
  UNION
  MATCH (:Entity {id: CASE WHEN $filter.text IS NULL AND $filter.measure IS NULL AND $filter.source IS NULL THEN $filter.subject END})<-[:ABOUT]-(c:Claim)
  RETURN c, 0.0 AS score
  UNION
  // No other anchor, so as-of is given (claim-page-in-order serves pages without one): the claims of
  // each $asOfClasses (a day, a month, a year) that start within [from - its days, to], and every
  // long claim (see migrations 007 and 013).
  UNWIND CASE WHEN $filter.text IS NULL AND $filter.measure IS NULL AND $filter.source IS NULL AND $filter.subject IS NULL THEN $asOfClasses ELSE [] END AS bounded
  MATCH (c:Claim) USING INDEX c:Claim(asOfClass, timeStart)
  WHERE c.asOfClass = bounded.class
    AND c.timeStart >= coalesce(date($filter.asOfFrom) - duration({days: bounded.days}), date('0001-01-01'))
    AND c.timeStart <= coalesce(date($filter.asOfTo), date('9999-12-31'))
  RETURN c, 0.0 AS score
  UNION
  MATCH (c:Claim) USING INDEX c:Claim(asOfClass)
  WHERE c.asOfClass = CASE WHEN $filter.text IS NULL AND $filter.measure IS NULL AND $filter.source IS NULL AND $filter.subject IS NULL THEN 'long' END
  RETURN c, 0.0 AS score
}
WITH c, score
WHERE ($filter.kind IS NULL OR c.kind = $filter.kind)
  AND ($filter.measure IS NULL OR c.measureId = $filter.measure)
  AND ($filter.subject IS NULL OR c.subjectId = $filter.subject)
  AND ($filter.source IS NULL OR EXISTS { (c)<-[:SUPPORTS]-(:Citation {sourceId: $filter.source}) })
  AND ($filter.contested IS NULL OR c.contested = $filter.contested)
  AND ($includeRetracted OR NOT c:Retracted)
  AND ($filter.asOfFrom IS NULL OR (c.timeEnd IS NOT NULL AND c.timeEnd >= date($filter.asOfFrom)) OR (c.timeEnd IS NULL AND c.timeStart IS NOT NULL))
  AND ($filter.asOfTo IS NULL OR (c.timeStart IS NOT NULL AND c.timeStart <= date($filter.asOfTo)) OR (c.timeStart IS NULL AND c.timeEnd IS NOT NULL))
WITH c.id AS id,
  CASE $orderKey
    WHEN 'RELEVANCE' THEN -score
    WHEN 'TIME_ASC' THEN toFloat(replace(toString(c.sortTime), '-', ''))
    WHEN 'TIME_DESC' THEN c.sortTimeDesc
    WHEN 'VALUE_ASC' THEN c.sortValue
    WHEN 'VALUE_DESC' THEN c.sortValueDesc
    ELSE 0.0
  END AS key
ORDER BY key, id
// Every match in order, then the page cut from the list after the cursor. Not a LIMIT over rows
// that also hold the list for the total: Neo4j counts the list's memory once for every row its Top
// keeps, 190 MB for one as-of page at a million claims, against a 256 MB cap for all queries at once.
WITH collect({id: id, key: key}) AS matches
WITH size(matches) AS total,
  [m IN matches WHERE $after.key IS NULL OR m.key > $after.key OR (m.key = $after.key AND m.id > $after.id)][..toInteger($limit)] AS page
// What the selection asks around the first $shown claims of the page (graph/selected-records).
WITH total, page, [p IN page | p.id][..toInteger($shown)] AS rootClaims, [] AS rootMeasures, [] AS rootConflicts, [] AS rootSources, [] AS rootEntities, [] AS rootCitations
// include: graph/selected-records
RETURN total, page, records
