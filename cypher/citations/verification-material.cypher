// What verification needs: the citations to check, and their source's stored text and recorded hash.
// Either one citation ($target.citationId) or every citation of one source ($target.sourceId), in one
// map so that one plan serves both (null is a parameter type of its own; see claims/claim-page). With what the
// request's selection asks around the source and, for $select.checkedCitations, the one citation
// checked (graph/selected-records). A source's failed citations are not read ahead: which fail is
// known only after the check, and reading all to show the few (usually none) would cost more.
OPTIONAL MATCH (:Citation {id: $target.citationId})-[:STATED_IN]->(ofCitation:Source)
WITH coalesce(ofCitation.id, $target.sourceId) AS sourceId
MATCH (s:Source {id: sourceId})
OPTIONAL MATCH (q:Citation {sourceId: sourceId})
WHERE $target.citationId IS NULL OR q.id = $target.citationId
WITH s, q ORDER BY q.start
WITH s, collect(q {.id, .quote, .start, .end, .prefix, .suffix}) AS citations
WITH s, citations, [] AS rootClaims, [] AS rootMeasures, [] AS rootConflicts, [s.id] AS rootSources, [] AS rootEntities,
  CASE WHEN $select.checkedCitations AND $target.citationId IS NOT NULL THEN [$target.citationId] ELSE [] END AS rootCitations
// include: graph/selected-records
RETURN s.id AS sourceId, s.text AS text, s.sha256 AS sha256, citations, records
