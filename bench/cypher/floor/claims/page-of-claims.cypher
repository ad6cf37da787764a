// Floor, every claims page: the page's claims (ordered, one more than asked: it tells whether a next
// page exists) with their citations, the total, and the last claim's time key for the next page.
CALL (page) {
  UNWIND page[0..toInteger($first)] AS c
  RETURN collect({node: c {
    .id, .kind, .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeLabel, .timeStart, .supportStatus,
    citations: COLLECT {
      MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
      WITH q, s ORDER BY q.sourceId, q.start
      RETURN q {.quote, source: s {.title}}
    }
  }}) AS edges
}
WITH total, page, edges, page[toInteger($first) - 1] AS last
RETURN {
  totalCount: total,
  pageInfo: {hasNextPage: size(page) > $first},
  edges: edges,
  resumeAfter: CASE WHEN last IS NULL THEN null ELSE {sortTime: toString(last.sortTime), claim: last.id} END
} AS data
