// One claim, measure or source by id ($kind: 'claim', 'measure' or 'source'), with what the
// request's selection asks for around it (graph/selected-records). One query text for the three, so
// that one plan serves them: planning the walk takes seconds on a freshly started Neo4j.
// A source's first $select.sourceCitations citations in text order (0: none; as
// citations-by-source-ids reads them) are roots too.
WITH CASE $kind WHEN 'claim' THEN [$id] ELSE [] END AS rootClaims,
  CASE $kind WHEN 'measure' THEN [$id] ELSE [] END AS rootMeasures,
  [] AS rootConflicts,
  CASE $kind WHEN 'source' THEN [$id] ELSE [] END AS rootSources,
  [] AS rootEntities,
  COLLECT {
    MATCH (q:Citation {sourceId: CASE $kind WHEN 'source' THEN $id END})
    WITH q ORDER BY q.start, q.end
    LIMIT toInteger($select.sourceCitations)
    RETURN q.id
  } AS rootCitations
// include: graph/selected-records
RETURN rootCitations AS citationIds, records
