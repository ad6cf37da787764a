// A claim's record (ClaimRecord in src/graph/records.ts) for the bound `c`, as a list of values in
// the order of CLAIM_FIELDS (src/graph/record-values.ts; each value names its field), which gives
// them their names again: a list costs Neo4j, Bolt and the driver less than a map of the same
// values, whose keys would travel with every record. Every property, so that an absent one reads
// as null, with the ids of its citations (in source and text order), of the claims it derives from
// and agrees with, of the entities that made it together (MADE_BY, by name), of the entities its
// members name (in the order of its members), and of its conflicts.
// The bound `props` (RecordProperties.claim, src/graph/record-properties.ts) says which of them to
// read; one it leaves out reads as null. A null `props` reads them all (the by-ids queries).
WITH c, props, props IS NULL AS every
RETURN [c.id] // id
  // The stored properties (CLAIM_STORED), each read by its name, or null where props.stored has none:
  + [k IN CASE WHEN every THEN [
      'kind', 'statement', 'subjectId', 'measureId', 'qualifier', 'amount', 'valueLow', 'valueHigh',
      'unit', 'currency', 'timeStart', 'timeEnd', 'timePrecision', 'timePart', 'timeLabel',
      'derivation', 'eventKey', 'role', 'members', 'category', 'note', 'supportStatus',
      'supportReason', 'contested', 'retractedReason', 'retractedBy', 'retractedAt'
    ] ELSE props.stored END | c[k]]
  + [
  CASE WHEN every OR props.retracted THEN c:Retracted END, // retracted
  CASE WHEN every OR props.citationIds THEN COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q.id } END, // citationIds
  CASE WHEN every OR props.derivedFromIds THEN [(c)-[:DERIVED_FROM]->(part) | part.id] END, // derivedFromIds
  CASE WHEN every OR props.madeByIds THEN COLLECT { MATCH (c)-[:MADE_BY]->(maker) WITH maker ORDER BY maker.sortKey RETURN maker.id } END, // madeByIds
  CASE WHEN (every OR props.memberIds) AND c.members IS NULL THEN [] WHEN every OR props.memberIds THEN COLLECT { MATCH (c)-[n:NAMES]->(e:Entity) WITH n, e ORDER BY n.position RETURN e.id } END, // memberIds
  CASE WHEN every OR props.corroboratedByIds THEN [(c)-[:CORROBORATED_BY]->(other) | other.id] END, // corroboratedByIds
  CASE WHEN every OR props.conflictIds THEN [(x:Conflict)-[:INVOLVES]->(c) | x.id] END // conflictIds
] AS claim
