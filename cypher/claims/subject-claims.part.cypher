// One page of an entity's claims in time order then id, with the entity's total, for the bound
// request `r` ({subject, afterKey, afterId, limit}). The keys are those of claim-page's TIME_ASC
// order, so cursors are interchangeable. The cost grows with the entity's own claims, as
// claim-page's does for one subject. Retracted claims are left out.
CALL (r) {
  MATCH (e:Entity {id: r.subject})<-[:ABOUT]-(c:Claim) USING INDEX e:Entity(id)
  WHERE NOT c:Retracted
  WITH c, toFloat(replace(toString(c.sortTime), '-', '')) AS key
  ORDER BY key, c.id
  WITH collect({id: c.id, key: key}) AS claims
  RETURN size(claims) AS total,
         [m IN claims WHERE r.afterKey IS NULL OR m.key > r.afterKey OR (m.key = r.afterKey AND m.id > r.afterId)][..toInteger(r.limit)] AS page
}
