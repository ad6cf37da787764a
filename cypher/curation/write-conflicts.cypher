// Curation: the conflict groups the assessment found on $measureIds, ON_MEASURE their measure,
// INVOLVING their claims; a group of those measures that is no longer found is removed.
CALL () {
  UNWIND $measureIds AS measureId
  MATCH (stale:Conflict {measureId: measureId}) WHERE NOT stale.id IN [row IN $rows | row.id]
  DETACH DELETE stale
}
UNWIND $rows AS row
MATCH (m:Measure {id: row.measureId})
MERGE (x:Conflict {id: row.id})
SET x.measureId = row.measureId, x.kinds = row.kinds, x.severity = row.severity, x.claimIds = row.claimIds,
    x.findingRules = row.findingRules, x.findingSeverities = row.findingSeverities, x.findingKinds = row.findingKinds, x.findingReasons = row.findingReasons,
    x.findingClaimA = row.findingClaimA, x.findingClaimB = row.findingClaimB, x.summary = row.summary
MERGE (x)-[:ON_MEASURE]->(m)
WITH x, row
CALL (x, row) {
  OPTIONAL MATCH (x)-[stale:INVOLVES]->(claim) WHERE NOT claim.id IN row.claimIds
  DELETE stale
}
CALL (x, row) {
  UNWIND row.claimIds AS claimId
  MATCH (claim:Claim {id: claimId})
  MERGE (x)-[:INVOLVES]->(claim)
}
