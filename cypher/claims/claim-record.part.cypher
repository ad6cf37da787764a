// A claim's record (ClaimRecord in src/graph/records.ts) for the bound `c`: every property named, so
// that an absent one reads as null, with the ids of its citations (in source and text order), of the
// claims it derives from and agrees with, of the entities that made it together (MADE_BY, by name), of the entities its
// members name (in the order of its members), and of its conflicts.
RETURN c {
  .id, .kind, .statement, .subjectId, .measureId, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency,
  .timeStart, .timeEnd, .timePrecision, .timePart, .timeLabel, .derivation, .eventKey, .role, .members, .category, .note, .supportStatus, .supportReason, .contested,
  .retractedReason, .retractedBy, .retractedAt, retracted: c:Retracted,
  citationIds: COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q.id },
  derivedFromIds: [(c)-[:DERIVED_FROM]->(part) | part.id],
  madeByIds: COLLECT { MATCH (c)-[:MADE_BY]->(maker) WITH maker ORDER BY maker.sortKey RETURN maker.id },
  memberIds: CASE WHEN c.members IS NULL THEN [] ELSE COLLECT { MATCH (c)-[n:NAMES]->(e:Entity) WITH n, e ORDER BY n.position RETURN e.id } END,
  corroboratedByIds: [(c)-[:CORROBORATED_BY]->(other) | other.id],
  conflictIds: [(x:Conflict)-[:INVOLVES]->(c) | x.id]
} AS claim
