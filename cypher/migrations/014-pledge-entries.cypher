// The pledges view reads each contributor's entries from these indexes instead of every claim of
// the contributor and its parts: a PLEDGE_OF or DELIVERY_OF relationship per claim and contributor
// it counts for (curation/pledge-entries, which the writer runs on every write), sought by the
// contributor's id and read in time order, so a page stops after its first entries; the counts are
// the contributor's degree of each type, which Neo4j keeps. Claims written before get their entries
// here, and the Contributor label, which the writer now also removes, is made to match them.
CREATE INDEX pledge_of_order IF NOT EXISTS FOR ()-[r:PLEDGE_OF]-() ON (r.contributorId, r.sortTime, r.claimId);
CREATE INDEX delivery_of_order IF NOT EXISTS FOR ()-[r:DELIVERY_OF]-() ON (r.contributorId, r.sortTime, r.claimId);
MATCH (c:Claim)
CALL (c) {
// include: curation/pledge-entries
} IN TRANSACTIONS OF 5000 ROWS;
MATCH (e:Contributor) WHERE NOT EXISTS { (e)<-[:PLEDGE_OF|DELIVERY_OF]-() }
CALL (e) {
  REMOVE e:Contributor
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (e:Entity) WHERE NOT e:Contributor AND EXISTS { (e)<-[:PLEDGE_OF|DELIVERY_OF]-() }
CALL (e) {
  SET e:Contributor
} IN TRANSACTIONS OF 10000 ROWS;
