// Curation: takes the write lock of each measure a write will reassess, and of the measures linked
// to it (SUM_OF, HAS_FLOW, as assessment-input follows them), before it writes anything. Two
// writers touching one measure, or two parts of one sum, wait for each other here, so the second
// reads the first's claims once they are committed and neither assessment is lost. Locks are taken
// in id order, so two writers take them in the same order and cannot deadlock on them.
UNWIND $measureIds AS measureId
MATCH (:Measure {id: measureId})-[:SUM_OF|HAS_FLOW*0..6]-(m:Measure)
WITH DISTINCT m ORDER BY m.id
SET m.lockedAt = datetime()
RETURN count(m) AS locked
