// The first $first citations of each source, in text order.
UNWIND $ids AS sourceId
CALL (sourceId) {
  MATCH (q:Citation {sourceId: sourceId})
  WITH q ORDER BY q.start, q.end
  LIMIT toInteger($first)
  RETURN collect(q.id) AS citationIds
}
RETURN sourceId, citationIds
