// Curation: claims with their value, time and derived sort keys (row.properties, computed by the
// write side in src/curation/claim-node.ts), ABOUT their subject, OF_MEASURE their measure, MADE_BY
// the contributors who made a pledge or delivery together (row.properties.madeByIds), NAMES the
// entities their members name (position: the member's place in the list).
// A claim no longer stated by a citation loses that SUPPORTS link, and a citation left supporting
// nothing is removed. Derivations are linked by link-derivations once every claim exists; support
// and conflicts are the assessment's (write-support, write-conflicts).
// Returns each written claim with the content hash it had before (null: it is new), so the writer
// can tell created, changed and unchanged claims apart for the history.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.origin = row.properties.origin
WITH c, row, c.contentHash AS previousHash
WHERE coalesce(c.origin, 'seed') = row.properties.origin OR row.properties.origin = 'curation'
SET c += row.properties
WITH c, row, previousHash
// The label of its kind (PledgeClaim, ...), whose count the count store keeps (migration 013).
REMOVE c:DateClaim:EventClaim:CountClaim:AmountClaim:PledgeClaim:PercentageClaim:VoteClaim:DurationClaim:RatioClaim
SET c:$(toUpper(left(c.kind, 1)) + substring(c.kind, 1) + 'Claim')
WITH c, row, previousHash
CALL (c, row) {
  MATCH (subject:Entity {id: row.properties.subjectId})
  MERGE (c)-[:ABOUT]->(subject)
  WITH subject
  MATCH (c)-[stale:ABOUT]->(other) WHERE other <> subject
  DELETE stale
}
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:OF_MEASURE]->(m) WHERE row.properties.measureId IS NULL OR m.id <> row.properties.measureId
  DELETE stale
}
CALL (c, row) {
  MATCH (m:Measure {id: row.properties.measureId})
  MERGE (c)-[:OF_MEASURE]->(m)
}
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:MADE_BY]->(maker) WHERE NOT maker.id IN row.properties.madeByIds
  DELETE stale
}
CALL (c, row) {
  UNWIND row.properties.madeByIds AS makerId
  MATCH (maker:Entity {id: makerId})
  MERGE (c)-[:MADE_BY]->(maker)
}
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:NAMES]->(e:Entity) WHERE stale.position >= size(row.memberIds) OR row.memberIds[stale.position] <> e.id
  DELETE stale
}
CALL (c, row) {
  UNWIND range(0, size(row.memberIds) - 1) AS position
  MATCH (e:Entity {id: row.memberIds[position]})
  MERGE (c)-[:NAMES {position: position}]->(e)
}
CALL (c, row) {
  MATCH (c)<-[stale:SUPPORTS]-(q:Citation) WHERE NOT q.id IN row.citationIds
  DELETE stale
  WITH q WHERE NOT EXISTS { (q)-[:SUPPORTS]->() }
  DETACH DELETE q
}
RETURN c.id AS id, previousHash
