// Floor of docs/operations/04: one page of conflicts read in id order from the id index (no sort of
// all conflicts), the total from the count store.
CALL () {
  MATCH (x:Conflict) WHERE x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT toInteger($first) + 1
  RETURN collect(x) AS page
}
CALL (page) {
  UNWIND page[0..toInteger($first)] AS x
  MATCH (x)-[:ON_MEASURE]->(m:Measure)
  RETURN collect({node: x {
    .id, .kinds,
    measure: m {.id, .name},
    findings: [i IN range(0, size(x.findingReasons) - 1) |
      {kind: x.findingKinds[i], reason: x.findingReasons[i], claims: [{id: x.findingClaimA[i]}, {id: x.findingClaimB[i]}]}]
  }}) AS edges
}
RETURN {totalCount: COUNT { (:Conflict) }, pageInfo: {hasNextPage: size(page) > $first}, edges: edges} AS data
