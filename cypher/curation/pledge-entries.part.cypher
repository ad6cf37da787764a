// The bound claim `c`'s entries in the pledges view, made from the claim: one PLEDGE_OF or
// DELIVERY_OF relationship to each contributor it counts for (the whole, of a contributor type, of
// its subject and of each of its makers), by the first of those entities under that whole in name
// order (a claim about one part and made by another counts once), with the contributor's id, the
// claim's sortTime and id for the index that reads a contributor's entries in time order (migration
// 014). A pledge claim is on the pledged side, another claim on its measure's aspect; a retracted
// claim has none. The types are those of CONTRIBUTOR_TYPES (src/ingestion/seed-schema.ts). Only
// the entries that differ from those the claim has are removed and created, so a write that
// changes nothing of them (a seed reload) leaves them as they were.
CALL (c) {
  OPTIONAL MATCH (c)-[:OF_MEASURE]->(m:Measure)
  WITH c, CASE WHEN c.kind = 'pledge' THEN 'PLEDGE_OF' WHEN m.aspect = 'pledged' THEN 'PLEDGE_OF' WHEN m.aspect = 'delivered' THEN 'DELIVERY_OF' END AS type
  WHERE type IS NOT NULL AND NOT c:Retracted
  MATCH (c)-[:ABOUT|MADE_BY]->(by:Entity)-[:PART_OF*0..]->(whole:Entity)
  WHERE NOT (whole)-[:PART_OF]->() AND whole.type IN ['country', 'organization', 'fund']
  WITH type, whole, by ORDER BY by.sortKey
  WITH type, whole, head(collect(by)) AS by
  RETURN collect({key: [type, whole.id, by.id], whole: whole}) AS entries
}
CALL (c, entries) {
  MATCH (c)-[stale:PLEDGE_OF|DELIVERY_OF]->(whole)
  WHERE NOT [type(stale), whole.id, stale.byId] IN [entry IN entries | entry.key] OR stale.sortTime <> c.sortTime
  DELETE stale
}
CALL (c, entries) {
  UNWIND entries AS entry
  WITH entry.key AS key, entry.whole AS whole
  WHERE NOT EXISTS { (c)-[kept:PLEDGE_OF|DELIVERY_OF]->(whole) WHERE [type(kept), whole.id, kept.byId] = key }
  CREATE (c)-[:$(key[0]) {contributorId: whole.id, sortTime: c.sortTime, claimId: c.id, byId: key[2]}]->(whole)
}
