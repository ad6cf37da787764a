// Curation: the Contributor label, which the pledges view reads instead of checking every entity.
// For each entity a write touched, its whole (the top of its PART_OF chain) is labelled when it is
// of a contributor type and a claim of support (a pledge, or a figure of a measure of pledged or
// delivered support) is about it or one of its parts, or made by one (MADE_BY). The label is only
// ever added here: a retraction, a claim moved to another subject or a part moved to another whole
// can leave it on an entity that no longer qualifies, so the pledges queries check the same
// condition on what they read (docs/model.md). Bounded by the touched entities' wholes and the
// claims about their parts, read until one qualifies.
UNWIND $rows AS id
MATCH (:Entity {id: id})-[:PART_OF*0..]->(whole:Entity)
WHERE NOT (whole)-[:PART_OF]->() AND whole.type IN $contributorTypes AND NOT whole:Contributor
WITH DISTINCT whole
WHERE EXISTS {
  MATCH (whole)<-[:PART_OF*0..]-(:Entity)<-[:ABOUT|MADE_BY]-(c:Claim)
  WHERE NOT c:Retracted AND (c.kind = 'pledge' OR EXISTS { (c)-[:OF_MEASURE]->(m:Measure) WHERE m.aspect IS NOT NULL })
}
SET whole:Contributor
