// An entity's record (EntityRecord in src/graph/records.ts) for the bound `e`, as a list of values
// in the order of ENTITY_FIELDS (src/graph/record-values.ts; each value names its field): the whole
// it is part of and the ids of the measures about it, in id order, from the index of migration 015.
// The bound `props` (RecordProperties.entity) says which to read, as in claims/claim-record; a
// null `props` reads them all (the by-ids query).
WITH e, props, props IS NULL AS every
RETURN [e.id] // id
  // The stored properties (ENTITY_STORED), each read by its name, or null where props.stored has none:
  + [k IN CASE WHEN every THEN [
      'name', 'type', 'aliases', 'partOfId'
    ] ELSE props.stored END | e[k]]
  + [
  CASE WHEN every OR props.measureIds THEN COLLECT { MATCH (m:Measure) USING INDEX m:Measure(subjectId) WHERE m.subjectId = e.id RETURN m.id ORDER BY m.id } END // measureIds
] AS entity
