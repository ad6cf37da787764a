// What a conflict's summary says of one claim of its first pair (SummarySide in src/graph/records.ts)
// for the bound `c`: the source of its first citation (in source and text order), or, for a claim
// no source states, what it is derived from. Only that: the summary's reason quotes the pair, and
// reading the pair's whole records, every citation and source, cost docs/04 two thirds of its db hits.
RETURN c {
  .id, .derivation,
  derivedFromCount: COUNT { (c)-[:DERIVED_FROM]->() },
  quoted: head(COLLECT {
    MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
    WITH q, s ORDER BY q.sourceId, q.start
    RETURN {sourceId: s.id, title: s.title, publisher: s.publisher}
  })
} AS side
