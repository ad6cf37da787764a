// Floor of docs/operations/10: the first 50 claims about one entity in time order, and one measure's series.
CALL () {
  MATCH (:Entity {id: $subject})<-[:ABOUT]-(c:Claim)
  WITH c ORDER BY c.sortTime, c.id LIMIT 50
  RETURN collect({node: c {
    .id, .kind, .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeLabel, .timeStart,
    measure: COLLECT { MATCH (c)-[:OF_MEASURE]->(m:Measure) RETURN m {.id} }[0],
    citations: COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q {.quote, .section} }
  }}) AS edges
}
MATCH (m:Measure {id: $measure})
RETURN {
  claims: {edges: edges},
  adoption: {series: COLLECT {
    MATCH (m)<-[:OF_MEASURE]-(c:Claim)
    WITH c ORDER BY c.sortTime, c.id
    RETURN c {
      .statement, .timeStart, .timeEnd, .timeLabel, .supportStatus, .supportReason,
      citations: COLLECT {
        MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
        WITH q, s ORDER BY q.sourceId, q.start
        RETURN q {.quote, source: s {.title}}
      }
    }
  }}
} AS data
