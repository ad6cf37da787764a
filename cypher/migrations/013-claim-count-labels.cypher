// Totals of claims by kind or contested, without reading each claim: Neo4j's count store keeps the
// number of nodes of every label, so a claim carries the label of its kind (DateClaim, PledgeClaim,
// ...) and, while contested, the label Contested (the writer sets both: write-claims and
// write-support; claims written before get them here). See claims/claim-count.
MATCH (c:Claim) WHERE c.kind IS NOT NULL
CALL (c) {
  SET c:$(toUpper(left(c.kind, 1)) + substring(c.kind, 1) + 'Claim')
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Claim) WHERE c.contested = true
CALL (c) {
  SET c:Contested
} IN TRANSACTIONS OF 10000 ROWS;
