// One page of contributors (the wholes labelled Contributor by the write side: countries,
// organizations and funds that, themselves or through their parts, pledged or delivered support),
// by name then id, each with its pledges (pledge claims, and claims of measures of pledged support)
// and deliveries (claims of measures of delivered support) in time order, at most $perContributor
// of each, with their full counts. A claim counts for the whole of its subject and of each entity
// that made it (MADE_BY: a deposit two countries made together is in both lists); each entry names
// the part it is by (the other makers it was made with are the rest of its claim's madeByIds).
// Everything is read from what the writer keeps (curation/write-pledge-entries, migration 014), so
// the cost follows the page, not the contributors' claims: contributors in name order from the
// Contributor sortKey index (migration 011), each one's first entries of a side from the index of
// PLEDGE_OF or DELIVERY_OF relationships on (contributorId, sortTime, claimId), whose order the
// ORDER BY names in full so that Neo4j reads it in index order and stops at the LIMIT, and the
// counts from the contributor's degree of each type. One $filter.contributor (or any of its parts)
// is found by its id; the first branch's bound is then null and it reads nothing (see
// claims/claim-page-in-order). The filter is a map so that one plan serves both (a null parameter
// is a type of its own; see claims/claim-page). The total is counted only when
// $select.contributorTotal asks (pledges/contributor-total), and the first $shown contributors'
// claims and entities are read as the selection asks (graph/selected-records).
CALL () {
  MATCH (e:Contributor)
  WHERE e.sortKey > CASE WHEN $filter.contributor IS NULL THEN $afterKey END
  WITH e ORDER BY e.sortKey LIMIT toInteger($limit)
  RETURN e
  UNION
  MATCH (:Entity {id: $filter.contributor})-[:PART_OF*0..]->(e:Contributor)
  WHERE e.sortKey > $afterKey
  RETURN e
}
CALL (e) {
  MATCH ()-[entry:PLEDGE_OF]->() WHERE entry.contributorId = e.id AND entry.sortTime IS NOT NULL AND entry.claimId IS NOT NULL
  WITH entry ORDER BY entry.contributorId, entry.sortTime, entry.claimId LIMIT toInteger($perContributor)
  RETURN collect({claimId: entry.claimId, byId: entry.byId}) AS pledged
}
CALL (e) {
  MATCH ()-[entry:DELIVERY_OF]->() WHERE entry.contributorId = e.id AND entry.sortTime IS NOT NULL AND entry.claimId IS NOT NULL
  WITH entry ORDER BY entry.contributorId, entry.sortTime, entry.claimId LIMIT toInteger($perContributor)
  RETURN collect({claimId: entry.claimId, byId: entry.byId}) AS delivered
}
WITH e, pledged, delivered ORDER BY e.sortKey
WITH collect({
  id: e.id, key: e.sortKey,
  partIds: COLLECT { MATCH (e)<-[:PART_OF*1..]-(part:Entity) RETURN part.id ORDER BY part.sortKey },
  pledged: pledged, pledgedCount: COUNT { (e)<-[:PLEDGE_OF]-() },
  delivered: delivered, deliveredCount: COUNT { (e)<-[:DELIVERY_OF]-() }
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
