// Seed: measures (what makes two figures comparable), each ABOUT its subject entity.
UNWIND $rows AS row
MERGE (m:Measure {id: row.id})
SET m.name = row.name, m.unit = row.unit, m.description = row.description, m.aspect = row.aspect
WITH m, row
MATCH (subject:Entity {id: row.subjectId})
MERGE (m)-[:ABOUT]->(subject)
WITH m, subject
CALL (m, subject) {
  MATCH (m)-[stale:ABOUT]->(other) WHERE other <> subject
  DELETE stale
}
