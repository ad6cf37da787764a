// An as-of filter without another anchor reads claims through their time, not every claim. A dated
// claim is 'short' when it is a closed interval of at most 31 days (a day, a month, 'late October'),
// 'long' otherwise (a year, several years, open at one end); undated claims have no class. A short
// claim overlapping [from, to] starts within [from - 31 days, to]: one range of the first index.
// Long claims are few and are all read, through the second (a composite index holds only nodes that
// have every property, and a claim open at its start has no timeStart). The seed loader sets the
// class; claims loaded before get it here.
CREATE INDEX claim_as_of IF NOT EXISTS FOR (n:Claim) ON (n.asOfClass, n.timeStart);
CREATE INDEX claim_as_of_class IF NOT EXISTS FOR (n:Claim) ON (n.asOfClass);
MATCH (c:Claim) WHERE c.asOfClass IS NULL AND (c.timeStart IS NOT NULL OR c.timeEnd IS NOT NULL)
CALL (c) {
  SET c.asOfClass = CASE WHEN c.timeEnd <= c.timeStart + duration({days: 31}) THEN 'short' ELSE 'long' END
} IN TRANSACTIONS OF 10000 ROWS;
