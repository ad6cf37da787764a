// Curation: citations (a verbatim quote at its offsets, with prefix and suffix) STATED_IN their
// source, SUPPORTING the claims they state, ATTRIBUTED_TO whom the source says the words come from.
// A citation is a passage of its source, shared by every claim that quotes the same span; the
// claims' own writes drop the links they no longer have (write-claims).
UNWIND $rows AS row
MATCH (source:Source {id: row.sourceId})
MERGE (q:Citation {id: row.id})
SET q.quote = row.quote, q.start = toInteger(row.start), q.end = toInteger(row.end), q.prefix = row.prefix,
    q.suffix = row.suffix, q.section = row.section, q.sourceId = row.sourceId
MERGE (q)-[:STATED_IN]->(source)
WITH q, row
CALL (q, row) {
  UNWIND row.claimIds AS claimId
  MATCH (claim:Claim {id: claimId})
  MERGE (q)-[:SUPPORTS]->(claim)
}
CALL (q, row) {
  OPTIONAL MATCH (q)-[stale:ATTRIBUTED_TO]->(who) WHERE row.attributedToId IS NULL OR who.id <> row.attributedToId
  DELETE stale
}
CALL (q, row) {
  OPTIONAL MATCH (entity:Entity {id: row.attributedToId})
  OPTIONAL MATCH (work:Source {id: row.attributedToId})
  WITH coalesce(entity, work) AS who WHERE who IS NOT NULL
  MERGE (q)-[:ATTRIBUTED_TO]->(who)
}
