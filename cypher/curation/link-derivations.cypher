// Curation: DERIVED_FROM the claims a derived claim is computed from (run after every claim of the
// write exists, so a derived claim may precede its parts).
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
  SET d.method = row.properties.derivation
}
