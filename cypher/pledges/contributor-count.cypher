// How many contributors there are (or whether the one asked for is one): every country and
// organization is checked for a pledge claim or a measure of pledged or delivered support, so this
// runs only when a client selects pledges' totalCount.
MATCH (e:Entity)
WHERE e.type IN ['country', 'organization'] AND ($contributor IS NULL OR e.id = $contributor)
  AND (EXISTS { (e)<-[:ABOUT]-(:Claim {kind: 'pledge'}) } OR EXISTS { (e)<-[:ABOUT]-(m:Measure) WHERE m.aspect IS NOT NULL })
RETURN count(e) AS total
