// One page of measures by id, read in id order from its index (or from the subject's measures) and
// stopped after $limit. The total comes from the count store or the subject's relationships.
CALL () {
  WITH * WHERE $subject IS NULL
  MATCH (m:Measure) WHERE m.id > $afterId
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN m
  UNION
  WITH * WHERE $subject IS NOT NULL
  MATCH (:Entity {id: $subject})<-[:ABOUT]-(m:Measure) WHERE m.id > $afterId
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN m
}
WITH m ORDER BY m.id
WITH collect({id: m.id, key: m.id}) AS page
RETURN CASE WHEN $subject IS NULL THEN COUNT { (:Measure) } ELSE COUNT { (:Entity {id: $subject})<-[:ABOUT]-(:Measure) } END AS total,
       page
