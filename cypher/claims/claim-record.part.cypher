// A claim's record (ClaimRecord in src/graph/records.ts) for the bound `c`: every property named, so
// that an absent one reads as null, with the ids of its citations (in source and text order), of the
// claims it derives from and agrees with, of the entities that made it together (MADE_BY, by name), of the entities its
// members name (in the order of its members), and of its conflicts.
// The bound `props` (RecordProperties.claim, src/graph/record-properties.ts) says which of them to
// read; one it leaves out reads as null. A null `props` reads them all (the by-ids queries).
WITH c, props, props IS NULL AS every
RETURN c {
  .id,
  kind: CASE WHEN every OR props.kind THEN c.kind END,
  statement: CASE WHEN every OR props.statement THEN c.statement END,
  subjectId: CASE WHEN every OR props.subjectId THEN c.subjectId END,
  measureId: CASE WHEN every OR props.measureId THEN c.measureId END,
  qualifier: CASE WHEN every OR props.qualifier THEN c.qualifier END,
  amount: CASE WHEN every OR props.amount THEN c.amount END,
  valueLow: CASE WHEN every OR props.valueLow THEN c.valueLow END,
  valueHigh: CASE WHEN every OR props.valueHigh THEN c.valueHigh END,
  unit: CASE WHEN every OR props.unit THEN c.unit END,
  currency: CASE WHEN every OR props.currency THEN c.currency END,
  timeStart: CASE WHEN every OR props.timeStart THEN c.timeStart END,
  timeEnd: CASE WHEN every OR props.timeEnd THEN c.timeEnd END,
  timePrecision: CASE WHEN every OR props.timePrecision THEN c.timePrecision END,
  timePart: CASE WHEN every OR props.timePart THEN c.timePart END,
  timeLabel: CASE WHEN every OR props.timeLabel THEN c.timeLabel END,
  derivation: CASE WHEN every OR props.derivation THEN c.derivation END,
  eventKey: CASE WHEN every OR props.eventKey THEN c.eventKey END,
  role: CASE WHEN every OR props.role THEN c.role END,
  members: CASE WHEN every OR props.members THEN c.members END,
  category: CASE WHEN every OR props.category THEN c.category END,
  note: CASE WHEN every OR props.note THEN c.note END,
  supportStatus: CASE WHEN every OR props.supportStatus THEN c.supportStatus END,
  supportReason: CASE WHEN every OR props.supportReason THEN c.supportReason END,
  contested: CASE WHEN every OR props.contested THEN c.contested END,
  retracted: CASE WHEN every OR props.retracted THEN c:Retracted END,
  retractedReason: CASE WHEN every OR props.retractedReason THEN c.retractedReason END,
  retractedBy: CASE WHEN every OR props.retractedBy THEN c.retractedBy END,
  retractedAt: CASE WHEN every OR props.retractedAt THEN c.retractedAt END,
  citationIds: CASE WHEN every OR props.citationIds THEN COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q.id } END,
  derivedFromIds: CASE WHEN every OR props.derivedFromIds THEN [(c)-[:DERIVED_FROM]->(part) | part.id] END,
  madeByIds: CASE WHEN every OR props.madeByIds THEN COLLECT { MATCH (c)-[:MADE_BY]->(maker) WITH maker ORDER BY maker.sortKey RETURN maker.id } END,
  memberIds: CASE WHEN (every OR props.memberIds) AND c.members IS NULL THEN [] WHEN every OR props.memberIds THEN COLLECT { MATCH (c)-[n:NAMES]->(e:Entity) WITH n, e ORDER BY n.position RETURN e.id } END,
  corroboratedByIds: CASE WHEN every OR props.corroboratedByIds THEN [(c)-[:CORROBORATED_BY]->(other) | other.id] END,
  conflictIds: CASE WHEN every OR props.conflictIds THEN [(x:Conflict)-[:INVOLVES]->(c) | x.id] END
} AS claim
