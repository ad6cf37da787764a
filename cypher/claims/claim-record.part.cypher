// A claim's record (ClaimRecord in src/graph/records.ts) for the bound `c`: every property named, so
// that an absent one reads as null, with the ids of its citations (in source and text order), of the
// claims it derives from and agrees with, of its conflicts, and of the entities that made it together (MADE_BY).
RETURN c {
  .id, .kind, .statement, .subjectId, .measureId, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency,
  .timeStart, .timeEnd, .timePrecision, .timePart, .timeLabel, .derivation, .eventKey, .note, .supportStatus, .supportReason, .contested,
  .retractedReason, .retractedBy, .retractedAt, retracted: c:Retracted,
  citationIds: COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q.id },
  derivedFromIds: [(c)-[:DERIVED_FROM]->(part) | part.id],
  madeByIds: [(c)-[:MADE_BY]->(maker) | maker.id],
  corroboratedByIds: [(c)-[:CORROBORATED_BY]->(other) | other.id],
  conflictIds: [(x:Conflict)-[:INVOLVES]->(c) | x.id]
} AS claim
