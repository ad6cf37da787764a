// One source by id, with its first $select.sourceCitations citations in text order (0: none; as
// citations-by-source-ids reads them) and what the request's selection asks for around them (graph/selected-records).
WITH [] AS rootClaims, [] AS rootMeasures, [] AS rootConflicts, [$id] AS rootSources, [] AS rootEntities, COLLECT {
  MATCH (q:Citation {sourceId: $id})
  WITH q ORDER BY q.start, q.end
  LIMIT toInteger($select.sourceCitations)
  RETURN q.id
} AS rootCitations
// include: graph/selected-records
RETURN rootCitations AS citationIds, records
