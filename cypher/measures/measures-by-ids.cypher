// Measures by id, each with its series when $withSeries (null otherwise: the series reads every claim of the measure). The
// hint keeps the planner on a seek of the id index, not a scan of it or of the few entities.
UNWIND $ids AS id
MATCH (m:Measure {id: id}) USING INDEX SEEK m:Measure(id)
WITH m, $withSeries AS withSeries, null AS props
// include: measures/measure-record
