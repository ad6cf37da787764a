// What verification needs: the citations to check, and their source's stored text and recorded hash.
// Either one citation ($citationId) or every citation of one source ($sourceId).
OPTIONAL MATCH (:Citation {id: $citationId})-[:STATED_IN]->(ofCitation:Source)
WITH coalesce(ofCitation.id, $sourceId) AS sourceId
MATCH (s:Source {id: sourceId})
OPTIONAL MATCH (q:Citation {sourceId: sourceId})
WHERE $citationId IS NULL OR q.id = $citationId
WITH s, q ORDER BY q.start
RETURN s.id AS sourceId, s.text AS text, s.sha256 AS sha256,
       collect(q {.id, .quote, .start, .end, .prefix, .suffix}) AS citations
