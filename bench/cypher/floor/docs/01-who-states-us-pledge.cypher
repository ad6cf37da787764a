// Floor of docs/operations/01: the measure, its claims in time order with their citations, its conflicts.
MATCH (m:Measure {id: $measure})
RETURN m {
  .name,
  series: COLLECT {
    MATCH (m)<-[:OF_MEASURE]-(c:Claim)
    WITH c ORDER BY c.sortTime, c.id
    RETURN c {
      .id, .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency,
      .timeLabel, .timeStart, .timeEnd, .supportStatus, .supportReason,
      citations: COLLECT {
        MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
        OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(who)
        WITH q, s, who ORDER BY q.sourceId, q.start
        RETURN q {
          .quote, .section, .start, .end,
          source: s {.title, .publisher},
          attributedTo: CASE WHEN who:Entity THEN who {.name} WHEN who:Source THEN who {.title} END
        }
      }
    }
  },
  conflicts: COLLECT { MATCH (x:Conflict)-[:ON_MEASURE]->(m) RETURN x {.id, .kinds, .findingReasons} }
} AS data
