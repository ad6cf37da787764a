// Floor of docs/operations/07: one contributor's pledges (pledge claims about it, claims of its
// measures of pledged support) and deliveries (claims of its measures of delivered support), in time
// order, at most $perContributor of each, with their full counts.
MATCH (e:Entity {id: $contributor})
WHERE e.type IN ['country', 'organization']
  AND (EXISTS { (e)<-[:ABOUT]-(:Claim {kind: 'pledge'}) } OR EXISTS { (e)<-[:ABOUT]-(m:Measure) WHERE m.aspect IS NOT NULL })
CALL (e) {
  CALL (e) {
    MATCH (e)<-[:ABOUT]-(c:Claim {kind: 'pledge'})
    RETURN c, 'pledged' AS side
    UNION
    MATCH (e)<-[:ABOUT]-(m:Measure)<-[:OF_MEASURE]-(c:Claim) WHERE m.aspect IS NOT NULL
    RETURN c, m.aspect AS side
  }
  WITH side, c ORDER BY c.sortTime, c.id
  WITH side, c {
    .statement, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeLabel, .timeStart,
    citations: COLLECT {
      MATCH (c)<-[:SUPPORTS]-(q:Citation)-[:STATED_IN]->(s:Source)
      WITH q, s ORDER BY q.sourceId, q.start
      RETURN q {.quote, source: s {.title}}
    }
  } AS claim
  RETURN collect(CASE side WHEN 'pledged' THEN claim END) AS pledged, collect(CASE side WHEN 'delivered' THEN claim END) AS delivered
}
RETURN {
  totalCount: 1,
  edges: [{node: {
    contributor: e {.id, .name},
    pledgedCount: size(pledged), pledged: pledged[..toInteger($perContributor)],
    deliveredCount: size(delivered), delivered: delivered[..toInteger($perContributor)]
  }}]
} AS data
