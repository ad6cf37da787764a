// Curation: what the assessment concluded about each claim: its support status and reason, whether
// it is contested, and CORROBORATED_BY the claims of independent sources that agree with it.
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.supportStatus = row.supportStatus, c.supportReason = row.supportReason, c.contested = row.contested
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:CORROBORATED_BY]->(other) WHERE NOT other.id IN row.corroboratedByIds
  DELETE stale
}
CALL (c, row) {
  UNWIND row.corroboratedByIds AS otherId
  MATCH (other:Claim {id: otherId})
  MERGE (c)-[:CORROBORATED_BY]->(other)
}
