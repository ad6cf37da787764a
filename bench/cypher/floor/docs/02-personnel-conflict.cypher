// Floor of docs/operations/02: one measure's conflicts with findings, claims, derivations and citations.
MATCH (:Measure {id: $measure})<-[:ON_MEASURE]-(x:Conflict)
WITH x ORDER BY x.id
WITH collect(x) AS conflicts
CALL (conflicts) {
  UNWIND conflicts[0..toInteger($first)] AS x
  RETURN collect({node: x {
    .id, .kinds, .findingKinds, .findingRules, .findingReasons,
    claims: COLLECT {
      MATCH (x)-[:INVOLVES]->(c:Claim)
      WITH c ORDER BY c.id
      RETURN c {
        .id, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeLabel, .derivation,
        from: COLLECT { MATCH (c)-[:DERIVED_FROM]->(part:Claim) RETURN part {.id, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency} },
        citations: COLLECT {
          MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
          WITH q, s ORDER BY q.sourceId, q.start
          RETURN q {.quote, .section, source: s {.title}}
        }
      }
    }
  }}) AS edges
}
RETURN {totalCount: size(conflicts), edges: edges} AS data
