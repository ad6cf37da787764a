// Curation: what the assessment concluded about each claim: its support status and reason, whether
// it is contested, and CORROBORATED_BY the claims of independent sources that agree with it.
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.supportStatus = row.supportStatus, c.supportReason = row.supportReason, c.contested = row.contested
WITH c, row
// The Contested label mirrors c.contested, so that the count store keeps their number (migration 013).
CALL (c, row) {
  WITH * WHERE row.contested
  SET c:Contested
}
CALL (c, row) {
  WITH * WHERE NOT row.contested
  REMOVE c:Contested
}
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:CORROBORATED_BY]->(other) WHERE NOT other.id IN row.corroboratedByIds
  DELETE stale
}
CALL (c, row) {
  UNWIND row.corroboratedByIds AS otherId
  MATCH (other:Claim {id: otherId})
  MERGE (c)-[:CORROBORATED_BY]->(other)
}
