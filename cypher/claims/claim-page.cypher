// One page of filtered claims in a stable order, with the total count of matches.
// The anchor is the most selective filter given (text, then measure, source, subject), reached
// through its index; the cost grows with the anchor's claims. With none of them, as-of is the
// anchor: the claims of the window's time (and the few long or open-ended ones); without as-of
// either, claim-page-in-order serves the page from an index instead. Each branch's lookup value is
// null unless it is the anchor, so the other branches find nothing at once (a `WITH * WHERE` guard
// would be applied by the planner only after their reads).
// $orderKey: RELEVANCE (with $text) | TIME_ASC | TIME_DESC | VALUE_ASC | VALUE_DESC | ID; ties break on id, so pages are stable.
CALL () {
  WITH * WHERE $text IS NOT NULL
  CALL db.index.fulltext.queryNodes('claim_text', $text) YIELD node, score
  OPTIONAL MATCH (node)-[:SUPPORTS]->(supported:Claim)
  WITH coalesce(supported, node) AS c, score WHERE c:Claim
  RETURN c, max(score) AS score
  UNION
  MATCH (:Measure {id: CASE WHEN $text IS NULL THEN $measure END})<-[:OF_MEASURE]-(c:Claim)
  RETURN c, 0.0 AS score
  UNION
  MATCH (:Source {id: CASE WHEN $text IS NULL AND $measure IS NULL THEN $source END})<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim)
  RETURN DISTINCT c, 0.0 AS score
  UNION
  MATCH (:Entity {id: CASE WHEN $text IS NULL AND $measure IS NULL AND $source IS NULL THEN $subject END})<-[:ABOUT]-(c:Claim)
  RETURN c, 0.0 AS score
  UNION
  // No other anchor, so as-of is given (claim-page-in-order serves pages without one): the claims of
  // each $asOfClasses (a day, a month, a year) that start within [from - its days, to], and every
  // long claim (see migrations 007 and 013).
  UNWIND CASE WHEN $text IS NULL AND $measure IS NULL AND $source IS NULL AND $subject IS NULL THEN $asOfClasses ELSE [] END AS bounded
  MATCH (c:Claim) USING INDEX c:Claim(asOfClass, timeStart)
  WHERE c.asOfClass = bounded.class
    AND c.timeStart >= coalesce(date($asOfFrom) - duration({days: bounded.days}), date('0001-01-01'))
    AND c.timeStart <= coalesce(date($asOfTo), date('9999-12-31'))
  RETURN c, 0.0 AS score
  UNION
  MATCH (c:Claim) USING INDEX c:Claim(asOfClass)
  WHERE c.asOfClass = CASE WHEN $text IS NULL AND $measure IS NULL AND $source IS NULL AND $subject IS NULL THEN 'long' END
  RETURN c, 0.0 AS score
}
WITH c, score
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($measure IS NULL OR c.measureId = $measure)
  AND ($subject IS NULL OR c.subjectId = $subject)
  AND ($source IS NULL OR EXISTS { (c)<-[:SUPPORTS]-(:Citation {sourceId: $source}) })
  AND ($contested IS NULL OR c.contested = $contested)
  AND ($includeRetracted OR NOT c:Retracted)
  AND ($asOfFrom IS NULL OR (c.timeEnd IS NOT NULL AND c.timeEnd >= date($asOfFrom)) OR (c.timeEnd IS NULL AND c.timeStart IS NOT NULL))
  AND ($asOfTo IS NULL OR (c.timeStart IS NOT NULL AND c.timeStart <= date($asOfTo)) OR (c.timeStart IS NULL AND c.timeEnd IS NOT NULL))
WITH c,
  CASE $orderKey
    WHEN 'RELEVANCE' THEN -score
    WHEN 'TIME_ASC' THEN toFloat(replace(toString(c.sortTime), '-', ''))
    WHEN 'TIME_DESC' THEN c.sortTimeDesc
    WHEN 'VALUE_ASC' THEN c.sortValue
    WHEN 'VALUE_DESC' THEN c.sortValueDesc
    ELSE 0.0
  END AS key
WITH collect({c: c, key: key}) AS matches
UNWIND matches AS m
WITH size(matches) AS total, m.c AS c, m.key AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND c.id > $afterId)
WITH total, c, key
ORDER BY key, c.id
LIMIT toInteger($limit)
WITH total, collect({id: c.id, key: key}) AS page
// What the selection asks around the first $shown claims of the page (graph/selected-records).
WITH total, page, [p IN page | p.id][..toInteger($shown)] AS rootClaims, [] AS rootMeasures, [] AS rootConflicts, [] AS rootSources, [] AS rootEntities, [] AS rootCitations
// include: graph/selected-records
RETURN total, page, records
