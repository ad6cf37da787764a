// How many contributors there are (or whether the one asked for is one): every country and
// organization is checked for a pledge claim or a measure of pledged or delivered support, so this
// runs only when a client selects pledges' totalCount. One $contributor is found by its id; the
// first branch's bound is then null and it reads nothing (see claims/claim-page-in-order).
CALL () {
  MATCH (e:Entity) WHERE e.sortKey >= CASE WHEN $contributor IS NULL THEN '' END
  RETURN e
  UNION
  MATCH (e:Entity {id: $contributor})
  RETURN e
}
WITH e
WHERE e.type IN ['country', 'organization']
  AND (EXISTS { (e)<-[:ABOUT]-(:Claim {kind: 'pledge'}) } OR EXISTS { (e)<-[:ABOUT]-(m:Measure) WHERE m.aspect IS NOT NULL })
RETURN count(e) AS total
