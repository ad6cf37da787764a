// Seed: claims with their value, time and support status, ABOUT their subject, OF_MEASURE their
// measure. Links between claims are made by link-claims, once every claim exists.
// sortTime, sortValue and their descending twins are never null (undated and valueless claims sort
// last in every order), so the indexes on them can serve ordered pages.
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
// The descending keys, as migration 005 computes them for claims loaded before it; the as-of class,
// as migration 007 does (see there).
SET c.sortTimeDesc = CASE WHEN c.sortTime = date('9999-12-31') THEN 1.0e300
                          ELSE -toFloat(c.sortTime.year * 10000 + c.sortTime.month * 100 + c.sortTime.day) END,
    c.sortValueDesc = CASE WHEN c.sortValue = 1.0e300 THEN 1.0e300 ELSE -coalesce(c.valueHigh, c.amount) END,
    c.asOfClass = CASE WHEN c.timeStart IS NULL AND c.timeEnd IS NULL THEN null
                       WHEN c.timeEnd <= c.timeStart + duration({days: 31}) THEN 'short'
                       ELSE 'long' END
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
