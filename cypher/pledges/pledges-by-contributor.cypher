// One page of contributors (countries and organizations that pledged or delivered support), by
// name then id, each with its pledges (pledge claims about it, and claims of its measures of
// pledged support) and deliveries (claims of its measures of delivered support) in time order, at
// most $perContributor of each, with their full counts. Contributors are found from entities, so
// the cost grows with the number of entities and with the page's own claims, not with every claim.
MATCH (e:Entity)
WHERE e.type IN ['country', 'organization'] AND ($contributor IS NULL OR e.id = $contributor)
  AND (EXISTS { (e)<-[:ABOUT]-(:Claim {kind: 'pledge'}) } OR EXISTS { (e)<-[:ABOUT]-(m:Measure) WHERE m.aspect IS NOT NULL })
WITH collect({id: e.id, key: [toLower(e.name), e.id]}) AS matches
UNWIND matches AS m
WITH size(matches) AS total, m
WHERE $afterKey IS NULL OR m.key > $afterKey
WITH total, m ORDER BY m.key
LIMIT toInteger($limit)
MATCH (e:Entity {id: m.id})
CALL (e) {
  CALL (e) {
    MATCH (e)<-[:ABOUT]-(c:Claim {kind: 'pledge'})
    RETURN c, 'pledged' AS side
    UNION
    MATCH (e)<-[:ABOUT]-(m:Measure)<-[:OF_MEASURE]-(c:Claim) WHERE m.aspect IS NOT NULL
    RETURN c, m.aspect AS side
  }
  WITH side, c ORDER BY c.sortTime, c.id
  WITH collect(CASE side WHEN 'pledged' THEN c.id END) AS pledged, collect(CASE side WHEN 'delivered' THEN c.id END) AS delivered
  RETURN pledged, delivered
}
WITH total, m, pledged, delivered ORDER BY m.key
RETURN total, collect({
  id: m.id, key: m.key,
  pledgedIds: pledged[..toInteger($perContributor)], pledgedCount: size(pledged),
  deliveredIds: delivered[..toInteger($perContributor)], deliveredCount: size(delivered)
}) AS page
