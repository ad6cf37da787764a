// Floor: the claims about one entity in time order; the total counts the entity's claims only.
MATCH (e:Entity {id: $subject})
WITH e, COUNT { (e)<-[:ABOUT]-(:Claim) } AS total
CALL (e) {
  MATCH (e)<-[:ABOUT]-(c:Claim)
  WITH c ORDER BY c.sortTime, c.id LIMIT toInteger($first) + 1
  RETURN collect(c) AS page
}
