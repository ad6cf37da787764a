// Seed: links between claims, made after all claims exist: DERIVED_FROM the claims a derived claim
// is computed from, CORROBORATED_BY claims of independent sources that agree with it.
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:DERIVED_FROM]->(part) WHERE NOT part.id IN row.derivedFromIds
  DELETE stale
}
CALL (c, row) {
  UNWIND row.derivedFromIds AS partId
  MATCH (part:Claim {id: partId})
  MERGE (c)-[d:DERIVED_FROM]->(part)
  SET d.method = row.derivation
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
