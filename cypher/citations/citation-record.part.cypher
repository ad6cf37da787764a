// A citation's record (CitationRecord) for the bound `q`, with the claims it supports and whom it is attributed to.
OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(who)
RETURN q {
  .id, .sourceId, .quote, .start, .end, .prefix, .suffix, .section,
  claimIds: [(q)-[:SUPPORTS]->(c:Claim) | c.id],
  attributedToId: who.id,
  attributedToKind: CASE WHEN who:Source THEN 'Source' WHEN who:Entity THEN 'Entity' END
} AS citation
