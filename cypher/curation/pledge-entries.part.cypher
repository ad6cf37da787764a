// The bound claim `c`'s entries in the pledges view, made again from the claim: one PLEDGE_OF or
// DELIVERY_OF relationship to each contributor it counts for (the whole, of a contributor type, of
// its subject and of each of its makers), by the first of those entities under that whole in name
// order (a claim about one part and made by another counts once), with the contributor's id, the
// claim's sortTime and id for the index that reads a contributor's entries in time order (migration
// 014). A pledge claim is on the pledged side, another claim on its measure's aspect; a retracted
// claim has none. The types are those of CONTRIBUTOR_TYPES (src/ingestion/seed-schema.ts).
CALL (c) {
  MATCH (c)-[stale:PLEDGE_OF|DELIVERY_OF]->()
  DELETE stale
}
CALL (c) {
  OPTIONAL MATCH (c)-[:OF_MEASURE]->(m:Measure)
  WITH c, CASE WHEN c.kind = 'pledge' THEN 'pledged' ELSE m.aspect END AS side
  WHERE side IS NOT NULL AND NOT c:Retracted
  MATCH (c)-[:ABOUT|MADE_BY]->(by:Entity)-[:PART_OF*0..]->(whole:Entity)
  WHERE NOT (whole)-[:PART_OF]->() AND whole.type IN ['country', 'organization', 'fund']
  WITH c, side, whole, by ORDER BY by.sortKey
  WITH c, side, whole, head(collect(by)) AS by
  CREATE (c)-[:$(CASE side WHEN 'pledged' THEN 'PLEDGE_OF' ELSE 'DELIVERY_OF' END) {contributorId: whole.id, sortTime: c.sortTime, claimId: c.id, byId: by.id}]->(whole)
}
