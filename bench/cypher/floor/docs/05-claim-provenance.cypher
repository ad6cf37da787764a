// Floor of docs/operations/05: one claim's full provenance: citations with context, and the claim's
// sources, each once however many of its quotes they hold, with their reference lists.
MATCH (c:Claim {id: $id})
RETURN c {
  .id, .kind, .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency,
  .timeStart, .timeEnd, .timePrecision, .timeLabel, .supportStatus, .supportReason, .derivation,
  corroboratedBy: COLLECT {
    MATCH (c)-[:CORROBORATED_BY]->(other:Claim)
    RETURN other {.id, citations: COLLECT { MATCH (other)<-[:SUPPORTS]-(:Citation)-[:STATED_IN]->(s:Source) RETURN {source: s {.title}} }}
  },
  from: COLLECT { MATCH (c)-[:DERIVED_FROM]->(part:Claim) RETURN part {.id, .statement} },
  citations: COLLECT {
    MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
    OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(who)
    WITH q, s, who, CASE WHEN q.start - 120 < 0 THEN 0 ELSE q.start - 120 END AS from
    ORDER BY q.sourceId, q.start
    RETURN q {
      .id, .quote, .start, .end, .prefix, .suffix, .section,
      context: substring(s.text, from, q.end + 120 - from),
      attributedTo: CASE WHEN who:Entity THEN who {.id, .name, .type} WHEN who:Source THEN who {.id, .title, .publisher} END,
      source: s {.id, .title, .publisher, .published}
    }
  },
  sources: COLLECT {
    MATCH (c)<-[:SUPPORTS]-(:Citation)-[:STATED_IN]->(s:Source)
    WITH DISTINCT s ORDER BY s.id
    RETURN s {
      .id, .title, .sha256,
      cites: COLLECT {
        MATCH (s)-[r:CITES]->(cited:Source)
        WITH r, cited ORDER BY r.number
        RETURN {number: r.number, retrieved: r.retrieved, cited: cited {.id, .title, .publisher, .published}}
      }
    }
  }
} AS data
