// One page of contributors (the wholes labelled Contributor by the write side: countries,
// organizations and funds that, themselves or through their parts, pledged or delivered support),
// by name then id, each with its pledges (pledge claims, and claims of measures of pledged support)
// and deliveries (claims of measures of delivered support) in time order, at most $perContributor
// of each, with their full counts. A claim counts for the whole of its subject and of each entity
// that made it (MADE_BY: a deposit two countries made together is in both lists); each entry names
// the part it is by (the other makers it was made with are the rest of its claim's madeByIds). Contributors are read in name order from
// the Contributor sortKey index (migration 011), so the cost grows with the contributors read and
// the page's own claims, not with the entities or claims in the graph. The label is never removed,
// so each contributor is checked again as curation/mark-contributors checks it: still a whole,
// still with a claim of support that is not retracted. One $filter.contributor (or any of its parts) is
// found by its id; the first branch's bound is then null and it reads nothing (see
// claims/claim-page-in-order). It comes in a map, so that one plan serves a contributor given and
// none (see claims/claim-page). The total is counted only when $select.contributorTotal asks
// (pledges/contributor-total), and the first $shown contributors' claims and entities are read as
// the selection asks (graph/selected-records).
CALL () {
  MATCH (e:Contributor)
  WHERE e.sortKey > CASE WHEN $filter.contributor IS NULL THEN $afterKey END
  WITH e ORDER BY e.sortKey
  WHERE NOT (e)-[:PART_OF]->() AND EXISTS {
    MATCH (e)<-[:PART_OF*0..]-(:Entity)<-[:ABOUT|MADE_BY]-(c:Claim)
    WHERE NOT c:Retracted AND (c.kind = 'pledge' OR EXISTS { (c)-[:OF_MEASURE]->(m:Measure) WHERE m.aspect IS NOT NULL })
  }
  WITH e LIMIT toInteger($limit)
  RETURN e
  UNION
  MATCH (asked:Entity {id: $filter.contributor})
  CALL (asked) {
    MATCH (asked)-[:PART_OF*0..]->(whole:Entity) WHERE NOT (whole)-[:PART_OF]->()
    RETURN whole
  }
  WITH whole AS e WHERE e:Contributor AND e.sortKey > $afterKey
  RETURN e
}
CALL (e) {
  MATCH (e)<-[:PART_OF*0..]-(by:Entity)<-[:ABOUT|MADE_BY]-(c:Claim)
  WHERE NOT c:Retracted
  OPTIONAL MATCH (c)-[:OF_MEASURE]->(m:Measure)
  WITH c, by, CASE WHEN c.kind = 'pledge' THEN 'pledged' ELSE m.aspect END AS side
  WHERE side IS NOT NULL
  // A claim about one part and made by another counts once, by the first part in name order.
  WITH side, c, by ORDER BY by.sortKey
  WITH side, c, head(collect(by)) AS by
  WITH side, c, by ORDER BY c.sortTime, c.id
  WITH side, {claimId: c.id, byId: by.id} AS entry
  WITH collect(CASE side WHEN 'pledged' THEN entry END) AS pledged, collect(CASE side WHEN 'delivered' THEN entry END) AS delivered
  RETURN pledged, delivered
}
// The one contributor asked for is left out when nothing of it is left (its claims retracted).
WITH e, pledged, delivered WHERE size(pledged) + size(delivered) > 0
WITH e, pledged, delivered ORDER BY e.sortKey
WITH collect({
  id: e.id, key: e.sortKey,
  partIds: COLLECT { MATCH (e)<-[:PART_OF*1..]-(part:Entity) RETURN part.id ORDER BY part.sortKey },
  pledged: pledged[..toInteger($perContributor)], pledgedCount: size(pledged),
  delivered: delivered[..toInteger($perContributor)], deliveredCount: size(delivered)
}) AS page
CALL (page) {
  WITH $select.contributorTotal AS countTotal
// include: pledges/contributor-total
}
WITH page, total, page[..toInteger($shown)] AS shown
WITH page, total, shown,
  CASE WHEN $select.pledgeClaims THEN reduce(ids = [], p IN shown | ids + [x IN p.pledged + p.delivered | x.claimId]) ELSE [] END AS rootClaims
// Who made the claims with them (Pledge.jointWith: the claim's makers other than its part) is read from the claims' records.
WITH page, total, rootClaims, [] AS rootMeasures, [] AS rootConflicts, [] AS rootSources, [] AS rootCitations,
  CASE WHEN $select.pledgeEntities THEN reduce(ids = [], p IN shown | ids + p.id + p.partIds + [x IN p.pledged + p.delivered | x.byId]) + COLLECT {
    UNWIND rootClaims AS id
    MATCH (:Claim {id: id})-[:MADE_BY]->(maker)
    RETURN maker.id
  } ELSE [] END AS rootEntities
// include: graph/selected-records
RETURN page, total, records
