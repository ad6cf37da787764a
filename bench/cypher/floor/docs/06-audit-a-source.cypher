// Floor of docs/operations/06: a source's metadata and claim count, its first five citations with
// their claims, who cites it, and the material its verification reads (text, hash, every selector).
MATCH (s:Source {id: $id})
RETURN s {
  .title, .publisher, .authors, .published, .sha256,
  textLength: size(s.text),
  claimCount: COUNT { MATCH (s)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) RETURN DISTINCT c },
  citations: COLLECT {
    MATCH (q:Citation {sourceId: s.id})
    WITH q ORDER BY q.start, q.end LIMIT 5
    RETURN q {.quote, .section, claims: COLLECT { MATCH (q)-[:SUPPORTS]->(c:Claim) RETURN c {.id, .statement} }}
  },
  citedBy: COLLECT { MATCH (citing:Source)-[r:CITES]->(s) RETURN {number: r.number, citing: citing {.title}} },
  verification: {
    text: s.text,
    sha256: s.sha256,
    citations: COLLECT { MATCH (q:Citation {sourceId: s.id}) WITH q ORDER BY q.start RETURN q {citationId: q.id, exact: q.quote, .start, .end, .prefix, .suffix} }
  }
} AS data
