// For each contributor (a country or organization), its pledges (pledge claims, and claims of
// measures of pledged support) and its deliveries (claims of measures of delivered support),
// in time order. With $contributor, only that entity's claims are read.
CALL () {
  WITH * WHERE $contributor IS NULL
  MATCH (c:Claim {kind: 'pledge'})
  RETURN c
  UNION
  WITH * WHERE $contributor IS NULL
  MATCH (m:Measure) WHERE m.aspect IN ['pledged', 'delivered']
  MATCH (m)<-[:OF_MEASURE]-(c:Claim)
  RETURN c
  UNION
  WITH * WHERE $contributor IS NOT NULL
  MATCH (:Entity {id: $contributor})<-[:ABOUT]-(c:Claim)
  RETURN c
}
MATCH (c)-[:ABOUT]->(e:Entity) WHERE e.type IN ['country', 'organization']
OPTIONAL MATCH (c)-[:OF_MEASURE]->(m:Measure)
WITH e, c, CASE WHEN m.aspect = 'delivered' THEN 'delivered'
                WHEN c.kind = 'pledge' OR m.aspect = 'pledged' THEN 'pledged' END AS side
WHERE side IS NOT NULL
WITH e, side, c ORDER BY c.sortTime, c.id
WITH e, collect(CASE side WHEN 'pledged' THEN c.id END) AS pledgedIds, collect(CASE side WHEN 'delivered' THEN c.id END) AS deliveredIds
RETURN e.id AS contributorId, pledgedIds, deliveredIds
ORDER BY toLower(e.name)
