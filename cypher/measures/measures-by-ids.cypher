// Measures by id (the hint keeps the planner on a seek of the id index, not a scan of it or of the few entities).
UNWIND $ids AS id
MATCH (m:Measure {id: id}) USING INDEX SEEK m:Measure(id)
// include: measures/measure-record
