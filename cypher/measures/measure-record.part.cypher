// A measure's record (MeasureRecord) for the bound `m`, with its subject, its claims in time order (undated last; retracted ones
// left out) when the bound `withSeries` is true (null otherwise: the series reads every claim of the measure), conflicts,
// the measures each is the sum of (SUM_OF), the sums it is a part of, and a stock's flows (HAS_FLOW).
MATCH (m)-[:ABOUT]->(subject:Entity)
RETURN m {
  .id, .name, .unit, .description, .aspect,
  subjectId: subject.id,
  seriesIds: CASE WHEN withSeries THEN COLLECT { MATCH (m)<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted WITH c ORDER BY c.sortTime, c.id RETURN c.id } END,
  sumOfIds: [(m)-[:SUM_OF]->(part) | part.id],
  partOfIds: [(whole)-[:SUM_OF]->(m) | whole.id],
  flowIds: [(m)-[:HAS_FLOW]->(flow) | flow.id],
  conflictIds: [(x:Conflict)-[:ON_MEASURE]->(m) | x.id]
} AS measure
