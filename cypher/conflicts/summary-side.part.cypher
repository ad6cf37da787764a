// What a conflict's summary says of one claim of its first pair (SummarySide in src/graph/records.ts)
// for the bound `c`: its value and time, and the first of its citations (in source and text order)
// with who states it. Only that: a summary is one sentence, and reading the pair's whole records,
// every citation and source, cost docs/04 two thirds of its db hits.
RETURN c {
  .id, .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeStart, .timeEnd, .timeLabel, .derivation,
  derivedFromCount: COUNT { (c)-[:DERIVED_FROM]->() },
  quoted: head(COLLECT {
    MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
    WITH q, s ORDER BY q.sourceId, q.start
    RETURN {quote: q.quote, sourceId: s.id, title: s.title, publisher: s.publisher}
  })
} AS side
