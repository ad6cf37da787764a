// Measures by id (the hint keeps the planner on a seek of the id index, not a scan of it or of the few entities), with their subject and their claims in time order (undated last; retracted ones left out), conflicts,
// the measures each is the sum of (SUM_OF), the sums it is a part of, and a stock's flows (HAS_FLOW).
UNWIND $ids AS id
MATCH (m:Measure {id: id})-[:ABOUT]->(subject:Entity) USING INDEX SEEK m:Measure(id)
CALL (m) {
  MATCH (m)<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted
  WITH c ORDER BY c.sortTime, c.id
  RETURN collect(c.id) AS seriesIds
}
RETURN m {
  .id, .name, .unit, .description, .aspect,
  subjectId: subject.id,
  seriesIds: seriesIds,
  sumOfIds: [(m)-[:SUM_OF]->(part) | part.id],
  partOfIds: [(whole)-[:SUM_OF]->(m) | whole.id],
  flowIds: [(m)-[:HAS_FLOW]->(flow) | flow.id],
  conflictIds: [(x:Conflict)-[:ON_MEASURE]->(m) | x.id]
} AS measure
