// A measure's record (MeasureRecord in src/graph/records.ts) for the bound `m`, as a list of values
// in the order of MEASURE_FIELDS (src/graph/record-values.ts; each value names its field): its
// subject (migration 015), the measures it is the sum of (SUM_OF), the sums it is a part of, a stock's flows
// (HAS_FLOW), its conflicts, and its claims in time order (undated last; retracted ones left out)
// when the bound `withSeries` is true (null otherwise: the series reads every claim of the measure).
// The bound `props` (RecordProperties.measure, src/graph/record-properties.ts) says which of them to
// read; one it leaves out reads as null. A null `props` reads them all (the by-ids queries). Each
// link is an expansion of the measure's relationships, which a page of conflicts naming its
// measures only by name need not pay for (docs/04: 3,600 of 8,800 db hits at 10k).
WITH m, withSeries, props, props IS NULL AS every
RETURN [m.id] // id
  // The stored properties (MEASURE_STORED), each read by its name, or null where props.stored has none:
  + [k IN CASE WHEN every THEN [
      'name', 'unit', 'description', 'aspect', 'subjectId'
    ] ELSE props.stored END | m[k]]
  + [
  CASE WHEN every OR props.sumOfIds THEN [(m)-[:SUM_OF]->(part) | part.id] END, // sumOfIds
  CASE WHEN every OR props.partOfIds THEN [(whole)-[:SUM_OF]->(m) | whole.id] END, // partOfIds
  CASE WHEN every OR props.flowIds THEN [(m)-[:HAS_FLOW]->(flow) | flow.id] END, // flowIds
  CASE WHEN every OR props.conflictIds THEN [(x:Conflict)-[:ON_MEASURE]->(m) | x.id] END, // conflictIds
  CASE WHEN withSeries THEN COLLECT { MATCH (m)<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted WITH c ORDER BY c.sortTime, c.id RETURN c.id } END // seriesIds
] AS measure
