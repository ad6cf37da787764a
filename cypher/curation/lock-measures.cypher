// Curation: takes the write lock of each measure a write will reassess, before it writes anything.
// Two writers touching one measure wait for each other here, so the second reads the first's
// claims once they are committed and neither assessment is lost. $measureIds come sorted, so two
// writers take their locks in the same order and cannot deadlock on them.
UNWIND $measureIds AS measureId
MATCH (m:Measure {id: measureId})
SET m.lockedAt = datetime()
RETURN count(m) AS locked
