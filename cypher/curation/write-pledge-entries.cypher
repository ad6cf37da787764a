// Curation: the pledges view's entries and Contributor labels, kept by every write (see
// curation/pledge-entries and docs/model.md). The claims whose entries a write may have changed are
// made again: those written ($claimIds: created, changed or retracted), those of the measures
// written ($measureIds: an aspect may have changed) and those about or made by the entities written
// and their parts ($entityIds: a PART_OF, a type or a name may have changed, and with it the whole
// a claim counts for or the part it is by). Then each contributor whose entries changed, and each
// entity written and what it is part of, is labelled Contributor while it has entries and loses the
// label when it has none. Bounded by those claims and entities.
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})
  RETURN c
  UNION
  UNWIND $measureIds AS id
  MATCH (:Measure {id: id})<-[:OF_MEASURE]-(c:Claim)
  RETURN c
  UNION
  UNWIND $entityIds AS id
  MATCH (:Entity {id: id})<-[:PART_OF*0..]-(:Entity)<-[:ABOUT|MADE_BY]-(c:Claim)
  RETURN c
}
WITH c, [(c)-[:PLEDGE_OF|DELIVERY_OF]->(whole) | whole] AS before
// include: curation/pledge-entries
WITH collect(before + [(c)-[:PLEDGE_OF|DELIVERY_OF]->(whole) | whole]) AS touchedByClaims
// The entities written and what they are parts of, whose label a write may have left wrong
// (a claim removed, a part moved) without any claim's entries changing.
CALL () {
  UNWIND $entityIds AS id
  MATCH (:Entity {id: id})-[:PART_OF*0..]->(whole:Entity)
  RETURN collect(whole) AS written
}
UNWIND reduce(wholes = written, touched IN touchedByClaims | wholes + touched) AS whole
WITH DISTINCT whole
CALL (whole) {
  WITH whole WHERE EXISTS { (whole)<-[:PLEDGE_OF|DELIVERY_OF]-() }
  SET whole:Contributor
}
CALL (whole) {
  WITH whole WHERE NOT EXISTS { (whole)<-[:PLEDGE_OF|DELIVERY_OF]-() }
  REMOVE whole:Contributor
}
