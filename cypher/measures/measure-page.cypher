// One page of measures by id, read in id order from its index (or from the subject's measures) and
// stopped after $limit. The id bound is null when a subject is given, so the first branch then reads
// nothing (see claims/claim-page-in-order). The total comes from the count store or the subject's
// relationships. The subject comes in a map, $filter, so that one plan serves both (see claims/claim-page).
CALL () {
  MATCH (m:Measure) WHERE m.id > CASE WHEN $filter.subject IS NULL THEN $afterId END
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN m
  UNION
  MATCH (e:Entity {id: $filter.subject})<-[:ABOUT]-(m:Measure) USING INDEX e:Entity(id)
  WHERE m.id > $afterId
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN m
}
WITH m ORDER BY m.id
WITH collect({id: m.id, key: m.id}) AS page
RETURN CASE WHEN $filter.subject IS NULL THEN COUNT { (:Measure) } ELSE COUNT { (:Entity {id: $filter.subject})<-[:ABOUT]-(:Measure) } END AS total,
       page
