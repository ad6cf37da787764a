// Descending pages by time and by value are read in index order too: each has its own stored key,
// ascending, in which undated and valueless claims still sort last (the seed loader sets them;
// claims loaded before this migration get them here).
CREATE INDEX claim_sort_time_desc IF NOT EXISTS FOR (n:Claim) ON (n.sortTimeDesc);
CREATE INDEX claim_sort_value_desc IF NOT EXISTS FOR (n:Claim) ON (n.sortValueDesc);
MATCH (c:Claim) WHERE c.sortTimeDesc IS NULL OR c.sortValueDesc IS NULL
CALL (c) {
  SET c.sortTimeDesc = CASE WHEN c.sortTime = date('9999-12-31') THEN 1.0e300
                            ELSE -toFloat(c.sortTime.year * 10000 + c.sortTime.month * 100 + c.sortTime.day) END,
      c.sortValueDesc = CASE WHEN c.sortValue = 1.0e300 THEN 1.0e300 ELSE -coalesce(c.valueHigh, c.amount) END
} IN TRANSACTIONS OF 10000 ROWS;
