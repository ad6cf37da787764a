// Curation: citations known to be new (their sources are new in the same write), created STATED_IN
// their source, SUPPORTING the claims they state, ATTRIBUTED_TO whom the source says the words come
// from. The same rows as write-citations, without its MERGEs and its search for stale links.
UNWIND $rows AS row
MATCH (source:Source {id: row.sourceId})
CREATE (q:Citation {
  id: row.id, quote: row.quote, start: toInteger(row.start), end: toInteger(row.end), prefix: row.prefix,
  suffix: row.suffix, section: row.section, sourceId: row.sourceId
})
CREATE (q)-[:STATED_IN]->(source)
WITH q, row
CALL (q, row) {
  UNWIND row.claimIds AS claimId
  MATCH (claim:Claim {id: claimId})
  CREATE (q)-[:SUPPORTS]->(claim)
}
WITH q, row WHERE row.attributedToId IS NOT NULL
OPTIONAL MATCH (entity:Entity {id: row.attributedToId})
OPTIONAL MATCH (work:Source {id: row.attributedToId})
WITH q, coalesce(entity, work) AS who WHERE who IS NOT NULL
CREATE (q)-[:ATTRIBUTED_TO]->(who)
