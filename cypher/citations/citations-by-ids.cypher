// Citations by id, with the claims each supports and whom it is attributed to.
UNWIND $ids AS id
MATCH (q:Citation {id: id}) USING INDEX q:Citation(id)
OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(who)
RETURN q {
  .id, .sourceId, .quote, .start, .end, .prefix, .suffix, .section,
  claimIds: [(q)-[:SUPPORTS]->(c:Claim) | c.id],
  attributedToId: who.id,
  attributedToKind: CASE WHEN who:Source THEN 'Source' WHEN who:Entity THEN 'Entity' END
} AS citation
