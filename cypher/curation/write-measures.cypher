// Curation: measures (what makes two figures comparable), each ABOUT its subject entity.
UNWIND $rows AS row
MERGE (m:Measure {id: row.id})
ON CREATE SET m.origin = $origin
WITH m, row WHERE coalesce(m.origin, 'seed') = $origin OR $origin = 'curation'
SET m.name = row.name, m.unit = row.unit, m.description = row.description, m.aspect = row.aspect, m.origin = $origin
WITH m, row
MATCH (subject:Entity {id: row.subjectId})
MERGE (m)-[:ABOUT]->(subject)
WITH m, subject
CALL (m, subject) {
  MATCH (m)-[stale:ABOUT]->(other) WHERE other <> subject
  DELETE stale
}
