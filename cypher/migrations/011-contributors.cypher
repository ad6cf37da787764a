// The pledges view lists entities labelled Contributor (the write side keeps the label, see
// curation/mark-contributors) in name order from this index, so the list and its total read only
// contributors, not every entity. Contributors written before this migration are labelled here;
// sub-units (PART_OF) come with the seed, whose loader labels their wholes.
CREATE INDEX contributor_sort_key IF NOT EXISTS FOR (n:Contributor) ON (n.sortKey);
MATCH (e:Entity)
WHERE e.type IN ['country', 'organization', 'fund']
  AND EXISTS {
    MATCH (e)<-[:ABOUT]-(c:Claim)
    WHERE NOT c:Retracted AND (c.kind = 'pledge' OR EXISTS { (c)-[:OF_MEASURE]->(m:Measure) WHERE m.aspect IS NOT NULL })
  }
CALL (e) {
  SET e:Contributor
} IN TRANSACTIONS OF 10000 ROWS;
