// A measure names its subject in subjectId, as a claim does, and an entity's measures are found
// through this index. Through the entity's ABOUT links they were found among its claims' links
// too (one type, one direction), so Entity.measures and measures(subject:) read every claim about
// the entity. The writer sets subjectId with the ABOUT link (write-measures); measures written
// before get it here.
CREATE INDEX measure_subject IF NOT EXISTS FOR (n:Measure) ON (n.subjectId);
MATCH (m:Measure)-[:ABOUT]->(subject:Entity) WHERE m.subjectId IS NULL OR m.subjectId <> subject.id
CALL (m, subject) {
  SET m.subjectId = subject.id
} IN TRANSACTIONS OF 10000 ROWS;
