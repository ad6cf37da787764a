// Curation: claims known to be new (a bulk write into a graph that holds none of them: the bench's
// generator), created ABOUT their subject, OF_MEASURE their measure, MADE_BY their makers and NAMES
// their members' entities, with the label of their kind. The same rows as write-claims, without its
// MERGE and its search for stale links, which a new claim cannot have; every entity and measure
// exists (the writer's input is checked, and they are written first).
UNWIND $rows AS row
CREATE (c:Claim)
SET c = row.properties
// The label of its kind (PledgeClaim, ...), whose count the count store keeps (migration 013).
SET c:$(toUpper(left(c.kind, 1)) + substring(c.kind, 1) + 'Claim')
WITH c, row
CALL (c, row) {
  MATCH (subject:Entity {id: row.properties.subjectId})
  CREATE (c)-[:ABOUT]->(subject)
}
CALL (c, row) {
  MATCH (m:Measure {id: row.properties.measureId})
  CREATE (c)-[:OF_MEASURE]->(m)
}
CALL (c, row) {
  UNWIND row.properties.madeByIds AS makerId
  MATCH (maker:Entity {id: makerId})
  CREATE (c)-[:MADE_BY]->(maker)
}
CALL (c, row) {
  UNWIND range(0, size(row.memberIds) - 1) AS position
  MATCH (e:Entity {id: row.memberIds[position]})
  CREATE (c)-[:NAMES {position: position}]->(e)
}
