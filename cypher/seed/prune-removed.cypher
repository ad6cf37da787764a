// Seed: what the seed files no longer contain leaves the graph (in the same transaction as the
// writes), but only what the seed loader owns: a node a curator added or changed stays, and so does
// a seed node that curated claims still stand on (their measure, subject, maker, member, source or
// attribution), and an entity that such an entity, or a curated one, is part of: so no remaining
// claim loses a link, and the whole it counts for in the pledges view stays. Nodes written before
// origins were recorded count as the seed's.
// A contributor left with no entry in the pledges view (curation/pledge-entries) by the claims
// removed loses the Contributor label.
CALL () {
  MATCH (n:Claim) WHERE coalesce(n.origin, 'seed') = 'seed' AND NOT n.id IN $claimIds
  OPTIONAL MATCH (n)-[:PLEDGE_OF|DELIVERY_OF]->(whole)
  WITH collect(DISTINCT n) AS removed, collect(DISTINCT whole) AS wholes
  FOREACH (n IN removed | DETACH DELETE n)
  WITH wholes
  UNWIND wholes AS whole
  WITH whole WHERE NOT EXISTS { (whole)<-[:PLEDGE_OF|DELIVERY_OF]-() }
  REMOVE whole:Contributor
}
CALL () {
  MATCH (q:Citation) WHERE NOT EXISTS { (q)-[:SUPPORTS]->() }
  DETACH DELETE q
}
CALL () {
  MATCH (n:Measure) WHERE coalesce(n.origin, 'seed') = 'seed' AND NOT n.id IN $measureIds AND NOT EXISTS { (n)<-[:OF_MEASURE]-() }
  DETACH DELETE n
}
CALL () {
  MATCH (n:Entity) WHERE coalesce(n.origin, 'seed') = 'seed' AND NOT n.id IN $entityIds
    AND NOT EXISTS { (n)<-[:ABOUT|MADE_BY|NAMES|ATTRIBUTED_TO]-() }
    AND NOT EXISTS {
      (n)<-[:PART_OF*1..]-(part:Entity)
      WHERE coalesce(part.origin, 'seed') <> 'seed' OR part.id IN $entityIds OR EXISTS { (part)<-[:ABOUT|MADE_BY|NAMES|ATTRIBUTED_TO]-() }
    }
  DETACH DELETE n
}
CALL () {
  MATCH (n:Source) WHERE coalesce(n.origin, 'seed') = 'seed' AND NOT n.id IN $sourceIds
    AND NOT EXISTS { (n)<-[:STATED_IN|ATTRIBUTED_TO]-() } AND NOT EXISTS { (n)-[:CITES]-({origin: 'curation'}) }
  DETACH DELETE n
}
CALL () {
  MATCH (:Source)-[r:CITES]->(:Source) WHERE coalesce(r.origin, 'seed') = 'seed' AND NOT r.key IN $citesKeys
  DELETE r
}
CALL () {
  MATCH (x:Conflict) WHERE NOT EXISTS { (x)-[:ON_MEASURE]->() } OR NOT EXISTS { (x)-[:INVOLVES]->() }
  DETACH DELETE x
}
