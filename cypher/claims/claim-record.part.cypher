// A claim's record (ClaimRecord in src/graph/records.ts) for the bound `c`, as a list of values in
// the order of CLAIM_FIELDS (src/graph/record-values.ts; each line names its field), which gives
// them their names again: a list costs Neo4j, Bolt and the driver less than a map of the same
// values, whose keys would travel with every record. Every property, so that an absent one reads
// as null, with the ids of its citations (in source and text order), of the claims it derives from
// and agrees with, of the entities that made it together (MADE_BY, by name), of the entities its
// members name (in the order of its members), and of its conflicts.
// The bound `props` (RecordProperties.claim, src/graph/record-properties.ts) says which of them to
// read; one it leaves out reads as null. A null `props` reads them all (the by-ids queries).
WITH c, props, props IS NULL AS every
RETURN [
  c.id, // id
  CASE WHEN every OR props.kind THEN c.kind END, // kind
  CASE WHEN every OR props.statement THEN c.statement END, // statement
  CASE WHEN every OR props.subjectId THEN c.subjectId END, // subjectId
  CASE WHEN every OR props.measureId THEN c.measureId END, // measureId
  CASE WHEN every OR props.qualifier THEN c.qualifier END, // qualifier
  CASE WHEN every OR props.amount THEN c.amount END, // amount
  CASE WHEN every OR props.valueLow THEN c.valueLow END, // valueLow
  CASE WHEN every OR props.valueHigh THEN c.valueHigh END, // valueHigh
  CASE WHEN every OR props.unit THEN c.unit END, // unit
  CASE WHEN every OR props.currency THEN c.currency END, // currency
  CASE WHEN every OR props.timeStart THEN c.timeStart END, // timeStart
  CASE WHEN every OR props.timeEnd THEN c.timeEnd END, // timeEnd
  CASE WHEN every OR props.timePrecision THEN c.timePrecision END, // timePrecision
  CASE WHEN every OR props.timePart THEN c.timePart END, // timePart
  CASE WHEN every OR props.timeLabel THEN c.timeLabel END, // timeLabel
  CASE WHEN every OR props.derivation THEN c.derivation END, // derivation
  CASE WHEN every OR props.eventKey THEN c.eventKey END, // eventKey
  CASE WHEN every OR props.role THEN c.role END, // role
  CASE WHEN every OR props.members THEN c.members END, // members
  CASE WHEN every OR props.category THEN c.category END, // category
  CASE WHEN every OR props.note THEN c.note END, // note
  CASE WHEN every OR props.supportStatus THEN c.supportStatus END, // supportStatus
  CASE WHEN every OR props.supportReason THEN c.supportReason END, // supportReason
  CASE WHEN every OR props.contested THEN c.contested END, // contested
  CASE WHEN every OR props.retracted THEN c:Retracted END, // retracted
  CASE WHEN every OR props.retractedReason THEN c.retractedReason END, // retractedReason
  CASE WHEN every OR props.retractedBy THEN c.retractedBy END, // retractedBy
  CASE WHEN every OR props.retractedAt THEN c.retractedAt END, // retractedAt
  CASE WHEN every OR props.citationIds THEN COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q.id } END, // citationIds
  CASE WHEN every OR props.derivedFromIds THEN [(c)-[:DERIVED_FROM]->(part) | part.id] END, // derivedFromIds
  CASE WHEN every OR props.madeByIds THEN COLLECT { MATCH (c)-[:MADE_BY]->(maker) WITH maker ORDER BY maker.sortKey RETURN maker.id } END, // madeByIds
  CASE WHEN (every OR props.memberIds) AND c.members IS NULL THEN [] WHEN every OR props.memberIds THEN COLLECT { MATCH (c)-[n:NAMES]->(e:Entity) WITH n, e ORDER BY n.position RETURN e.id } END, // memberIds
  CASE WHEN every OR props.corroboratedByIds THEN [(c)-[:CORROBORATED_BY]->(other) | other.id] END, // corroboratedByIds
  CASE WHEN every OR props.conflictIds THEN [(x:Conflict)-[:INVOLVES]->(c) | x.id] END // conflictIds
] AS claim
