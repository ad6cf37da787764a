// Floor of docs/operations/07: one contributor (the whole of the entity asked for, its parts under
// it) with its pledges (pledge claims, claims of measures of pledged support) and deliveries (claims
// of measures of delivered support) in time order, at most $perContributor of each, each with the
// part it is by and the others it was made with, and their full counts. Read as the API reads it,
// from what the writer keeps (cypher/curation/write-pledge-entries): the first entries of each side
// in index order, the counts from the contributor's degree.
MATCH (:Entity {id: $contributor})-[:PART_OF*0..]->(e:Contributor)
CALL (e) {
  CALL (e) {
    MATCH (c:Claim)-[entry:PLEDGE_OF]->() WHERE entry.contributorId = e.id AND entry.sortTime IS NOT NULL AND entry.claimId IS NOT NULL
    WITH c, entry ORDER BY entry.contributorId, entry.sortTime, entry.claimId LIMIT toInteger($perContributor)
    RETURN c, entry.byId AS byId, 'pledged' AS side
    UNION ALL
    MATCH (c:Claim)-[entry:DELIVERY_OF]->() WHERE entry.contributorId = e.id AND entry.sortTime IS NOT NULL AND entry.claimId IS NOT NULL
    WITH c, entry ORDER BY entry.contributorId, entry.sortTime, entry.claimId LIMIT toInteger($perContributor)
    RETURN c, entry.byId AS byId, 'delivered' AS side
  }
  MATCH (by:Entity {id: byId})
  WITH side, {
    by: by {.id, .name},
    jointWith: [(c)-[:MADE_BY]->(maker) WHERE maker <> by | maker {.name}],
    claim: c {
      .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeLabel, .timeStart,
      citations: COLLECT {
        MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
        WITH q, s ORDER BY q.sourceId, q.start
        RETURN q {.quote, source: s {.title}}
      }
    }
  } AS pledge
  RETURN collect(CASE side WHEN 'pledged' THEN pledge END) AS pledged, collect(CASE side WHEN 'delivered' THEN pledge END) AS delivered
}
RETURN {
  totalCount: 1,
  edges: [{node: {
    contributor: e {.id, .name, .type},
    parts: COLLECT { MATCH (e)<-[:PART_OF*1..]-(part:Entity) RETURN part {.id, .name} ORDER BY part.sortKey },
    pledgedCount: COUNT { (e)<-[:PLEDGE_OF]-() }, pledged: pledged,
    deliveredCount: COUNT { (e)<-[:DELIVERY_OF]-() }, delivered: delivered
  }}]
} AS data
