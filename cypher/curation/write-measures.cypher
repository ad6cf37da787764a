// Curation: measures (what makes two figures comparable), each ABOUT its subject entity, SUM_OF
// the measures it is declared the sum of and HAS_FLOW its flows (for a stock: the measures of its
// arrivals and departures). Links are made once every measure of the write exists, so a measure
// may name one that comes after it; links a row no longer declares are removed.
CALL () {
  UNWIND $rows AS row
  MERGE (m:Measure {id: row.id})
  ON CREATE SET m.origin = $origin
  WITH m, row WHERE coalesce(m.origin, 'seed') = $origin OR $origin = 'curation'
  SET m.name = row.name, m.unit = row.unit, m.description = row.description, m.aspect = row.aspect, m.origin = $origin
  WITH m, row
  MATCH (subject:Entity {id: row.subjectId})
  MERGE (m)-[:ABOUT]->(subject)
  SET m.subjectId = subject.id
  WITH m, subject
  CALL (m, subject) {
    MATCH (m)-[stale:ABOUT]->(other) WHERE other <> subject
    DELETE stale
  }
}
UNWIND $rows AS row
MATCH (m:Measure {id: row.id}) WHERE m.origin = $origin
CALL (m, row) {
  OPTIONAL MATCH (m)-[stale:SUM_OF]->(part) WHERE NOT part.id IN row.sumOfIds
  DELETE stale
}
CALL (m, row) {
  OPTIONAL MATCH (m)-[stale:HAS_FLOW]->(flow) WHERE NOT flow.id IN row.flowIds
  DELETE stale
}
CALL (m, row) {
  UNWIND row.sumOfIds AS partId
  MATCH (part:Measure {id: partId})
  MERGE (m)-[:SUM_OF]->(part)
}
CALL (m, row) {
  UNWIND row.flowIds AS flowId
  MATCH (flow:Measure {id: flowId})
  MERGE (m)-[:HAS_FLOW]->(flow)
}
