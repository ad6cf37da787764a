// One page of measures by id, read in id order from its index (or from the subject's, migration 015)
// and stopped after $limit. The id bound is null when a subject is given, so the first branch then reads
// nothing (see claims/claim-page-in-order). The total comes from the count store or the subject's
// measures. The subject comes in a map, $filter, so that one plan serves both (see claims/claim-page).
CALL () {
  MATCH (m:Measure) WHERE m.id > CASE WHEN $filter.subject IS NULL THEN $afterId END
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN m
  UNION
  MATCH (m:Measure) USING INDEX m:Measure(subjectId) WHERE m.subjectId = $filter.subject AND m.id > $afterId
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN m
}
WITH m ORDER BY m.id
WITH collect({id: m.id, key: m.id}) AS page
RETURN CASE WHEN $filter.subject IS NULL THEN COUNT { (:Measure) } ELSE COUNT { MATCH (m:Measure) WHERE m.subjectId = $filter.subject } END AS total,
       page
