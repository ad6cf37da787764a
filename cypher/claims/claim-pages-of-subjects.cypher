// One page of claims per entity, in time order then id, with each entity's total: Entity.claims for
// every entity of a list in one round trip, however many entities the list holds. Each page starts
// after its own cursor ($requests: {subject, afterKey, afterId, limit}); the keys are those of
// claim-page's TIME_ASC order, so cursors are interchangeable. The cost grows with the entities'
// own claims, as claim-page's does for one subject. Retracted claims are left out.
UNWIND $requests AS r
CALL (r) {
  MATCH (e:Entity {id: r.subject})<-[:ABOUT]-(c:Claim) USING INDEX e:Entity(id)
  WHERE NOT c:Retracted
  WITH c, toFloat(c.sortTime.year * 10000 + c.sortTime.month * 100 + c.sortTime.day) AS key
  ORDER BY key, c.id
  WITH collect({id: c.id, key: key}) AS claims
  RETURN size(claims) AS total,
         [m IN claims WHERE r.afterKey IS NULL OR m.key > r.afterKey OR (m.key = r.afterKey AND m.id > r.afterId)][..toInteger(r.limit)] AS page
}
RETURN r.subject AS subject, r.afterKey AS afterKey, r.afterId AS afterId, r.limit AS limit, total, page
