// Measures by id (the hint keeps the planner from starting at the few entities instead), with their subject and their claims in time order (undated last), and conflicts.
UNWIND $ids AS id
MATCH (m:Measure {id: id})-[:ABOUT]->(subject:Entity) USING INDEX m:Measure(id)
CALL (m) {
  MATCH (m)<-[:OF_MEASURE]-(c:Claim)
  WITH c ORDER BY c.sortTime, c.id
  RETURN collect(c.id) AS seriesIds
}
RETURN m {
  .id, .name, .unit, .description, .aspect,
  subjectId: subject.id,
  seriesIds: seriesIds,
  conflictIds: [(x:Conflict)-[:ON_MEASURE]->(m) | x.id]
} AS measure
