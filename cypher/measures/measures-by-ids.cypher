// Measures by id, each with its series (the hint keeps the planner on a seek of the id index, not a scan of it or of the few entities).
UNWIND $ids AS id
MATCH (m:Measure {id: id}) USING INDEX SEEK m:Measure(id)
WITH m, true AS withSeries
// include: measures/measure-record
