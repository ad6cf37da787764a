// Floor of docs/operations/09: free text over statements and quotes (a quote finds the claims it
// supports), best match first; every match is read, as the total needs.
CALL db.index.fulltext.queryNodes('claim_text', $text) YIELD node, score
OPTIONAL MATCH (node)-[:SUPPORTS]->(supported:Claim)
WITH coalesce(supported, node) AS c, score WHERE c:Claim
WITH c, max(score) AS score
ORDER BY score DESC, c.id
WITH collect(c) AS matches
CALL (matches) {
  UNWIND matches[0..toInteger($first)] AS c
  RETURN collect({node: c {
    .id, .statement,
    citations: COLLECT {
      MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
      WITH q, s ORDER BY q.sourceId, q.start
      RETURN q {.quote, source: s {.title}}
    }
  }}) AS edges
}
RETURN {totalCount: size(matches), edges: edges} AS data
