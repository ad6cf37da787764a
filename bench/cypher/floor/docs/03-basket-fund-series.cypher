// Floor of docs/operations/03: one measure's values over time with their citations, and its conflicts.
MATCH (m:Measure {id: $measure})
RETURN m {
  .name, .unit,
  series: COLLECT {
    MATCH (m)<-[:OF_MEASURE]-(c:Claim)
    WITH c ORDER BY c.sortTime, c.id
    RETURN c {
      .qualifier, .amount, .valueLow, .valueHigh, .currency, .timeLabel, .timeStart, .timeEnd,
      citations: COLLECT {
        MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
        WITH q, s ORDER BY q.sourceId, q.start
        RETURN q {.quote, source: s {.title, .published}}
      }
    }
  },
  conflicts: COLLECT { MATCH (x:Conflict)-[:ON_MEASURE]->(m) RETURN x {.id} }
} AS data
