// Conflict groups are found by id and by measure; claims are paged in time or value order and
// filtered by whether they are contested; pledges start from measures of pledged or delivered support.
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (n:Conflict) REQUIRE n.id IS UNIQUE;
CREATE INDEX conflict_measure IF NOT EXISTS FOR (n:Conflict) ON (n.measureId);
CREATE INDEX claim_sort_time IF NOT EXISTS FOR (n:Claim) ON (n.sortTime);
CREATE INDEX claim_sort_value IF NOT EXISTS FOR (n:Claim) ON (n.sortValue);
CREATE INDEX claim_contested IF NOT EXISTS FOR (n:Claim) ON (n.contested);
CREATE INDEX citation_source IF NOT EXISTS FOR (n:Citation) ON (n.sourceId);
CREATE INDEX measure_aspect IF NOT EXISTS FOR (n:Measure) ON (n.aspect);
