// Totals of claims by kind or contested, without reading each claim: Neo4j's count store keeps the
// number of nodes of every label, so a claim carries the label of its kind (DateClaim, PledgeClaim,
// ...) and, while contested, the label Contested (the writer sets both: write-claims and
// write-support; claims written before get them here). See claims/claim-count.
// As-of classes by span (src/curation/claim-node.ts, which sets them on every write): 'short' of
// migration 007 splits into 'day' (read from the window's first day) and 'month' (from 31 days
// before), and a year-long claim is 'year' (from 366 days before) where it was 'long', so an as-of
// window reads the claims near it, not every claim longer than a month.
MATCH (c:Claim) WHERE c.kind IS NOT NULL
CALL (c) {
  SET c:$(toUpper(left(c.kind, 1)) + substring(c.kind, 1) + 'Claim')
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Claim) WHERE c.contested = true
CALL (c) {
  SET c:Contested
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Claim) WHERE c.timeStart IS NOT NULL OR c.timeEnd IS NOT NULL
CALL (c) {
  SET c.asOfClass = CASE
    WHEN c.timeStart IS NULL OR c.timeEnd IS NULL THEN 'long'
    WHEN c.timeEnd <= c.timeStart THEN 'day'
    WHEN c.timeEnd <= c.timeStart + duration({days: 31}) THEN 'month'
    WHEN c.timeEnd <= c.timeStart + duration({days: 366}) THEN 'year'
    ELSE 'long' END
} IN TRANSACTIONS OF 10000 ROWS;
