// One page of contributors (countries and organizations that pledged or delivered support), by
// name then id, each with its pledges (pledge claims about it, and claims of its measures of
// pledged support) and deliveries (claims of its measures of delivered support) in time order, at
// most $perContributor of each, with their full counts. Contributors are read in name order from
// the entities' sortKey index; the cost grows with the entities read and the page's own claims, not
// with every claim in the graph; one $contributor is found by its id. The total is
// contributor-count's job, asked only for totalCount.
CALL () {
  MATCH (e:Entity)
  WHERE e.sortKey > CASE WHEN $contributor IS NULL THEN $afterKey END AND e.type IN ['country', 'organization']
    AND (EXISTS { (e)<-[:ABOUT]-(:Claim {kind: 'pledge'}) } OR EXISTS { (e)<-[:ABOUT]-(m:Measure) WHERE m.aspect IS NOT NULL })
  WITH e ORDER BY e.sortKey LIMIT toInteger($limit)
  RETURN e
  UNION
  MATCH (e:Entity {id: $contributor})
  WHERE e.sortKey > $afterKey AND e.type IN ['country', 'organization']
    AND (EXISTS { (e)<-[:ABOUT]-(:Claim {kind: 'pledge'}) } OR EXISTS { (e)<-[:ABOUT]-(m:Measure) WHERE m.aspect IS NOT NULL })
  RETURN e
}
CALL (e) {
  CALL (e) {
    MATCH (e)<-[:ABOUT]-(c:Claim {kind: 'pledge'}) WHERE NOT c:Retracted
    RETURN c, 'pledged' AS side
    UNION
    MATCH (e)<-[:ABOUT]-(m:Measure)<-[:OF_MEASURE]-(c:Claim) WHERE m.aspect IS NOT NULL AND NOT c:Retracted
    RETURN c, m.aspect AS side
  }
  WITH side, c ORDER BY c.sortTime, c.id
  WITH collect(CASE side WHEN 'pledged' THEN c.id END) AS pledged, collect(CASE side WHEN 'delivered' THEN c.id END) AS delivered
  RETURN pledged, delivered
}
WITH e, pledged, delivered ORDER BY e.sortKey
WITH collect({
  id: e.id, key: e.sortKey,
  pledgedIds: pledged[..toInteger($perContributor)], pledgedCount: size(pledged),
  deliveredIds: delivered[..toInteger($perContributor)], deliveredCount: size(delivered)
}) AS page
RETURN page
