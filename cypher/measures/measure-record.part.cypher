// A measure's record (MeasureRecord) for the bound `m`, with its subject and its claims in time order (undated last; retracted ones left out), and conflicts.
MATCH (m)-[:ABOUT]->(subject:Entity)
RETURN m {
  .id, .name, .unit, .description, .aspect,
  subjectId: subject.id,
  seriesIds: COLLECT { MATCH (m)<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted WITH c ORDER BY c.sortTime, c.id RETURN c.id },
  conflictIds: [(x:Conflict)-[:ON_MEASURE]->(m) | x.id]
} AS measure
