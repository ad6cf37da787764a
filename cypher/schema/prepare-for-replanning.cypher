// After a bulk write: resample the indexes whose statistics the write made outdated, wait for
// that, then clear the plan cache, so that every query is planned from here on with the graph as it
// now is. A plan made while the samples still described the smaller graph can read a whole index
// (claims/claim-page-in-order read all 10k claims in four of its branches, 110,787 db hits instead
// of 848, and kept that plan: docs/benchmarks.md, "Plans made from stale statistics").
CALL db.prepareForReplanning()
