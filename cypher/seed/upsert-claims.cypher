// Seed: claims with their value, time and support status, ABOUT their subject, OF_MEASURE their
// measure. Links between claims are made by link-claims, once every claim exists.
// sortTime and sortValue are never null (undated and valueless claims sort last), so the
// indexes on them can serve ordered pages.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.kind = row.kind, c.subjectId = row.subjectId, c.measureId = row.measureId, c.statement = row.statement, c.qualifier = row.qualifier,
    c.amount = row.amount, c.valueLow = row.low, c.valueHigh = row.high, c.unit = row.unit,
    c.currency = row.currency, c.timeStart = date(row.timeStart), c.timeEnd = date(row.timeEnd),
    c.timePrecision = row.timePrecision, c.timePart = row.timePart, c.timeLabel = row.timeLabel,
    c.derivation = row.derivation, c.note = row.note,
    c.sortTime = coalesce(date(row.timeStart), date(row.timeEnd), date('9999-12-31')),
    c.sortValue = coalesce(row.low, row.amount, 1.0e300),
    c.supportStatus = row.supportStatus, c.supportReason = row.supportReason, c.contested = row.contested
WITH c, row
CALL (c, row) {
  MATCH (subject:Entity {id: row.subjectId})
  MERGE (c)-[:ABOUT]->(subject)
  WITH subject
  MATCH (c)-[stale:ABOUT]->(other) WHERE other <> subject
  DELETE stale
}
CALL (c, row) {
  OPTIONAL MATCH (c)-[stale:OF_MEASURE]->(m) WHERE row.measureId IS NULL OR m.id <> row.measureId
  DELETE stale
}
CALL (c, row) {
  MATCH (m:Measure {id: row.measureId})
  MERGE (c)-[:OF_MEASURE]->(m)
}
