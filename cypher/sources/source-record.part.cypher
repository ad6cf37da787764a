// A source's record (SourceRecord) for the bound `s`, as a list of values in the order of
// SOURCE_FIELDS (src/graph/record-values.ts; each value names its field, and claim-record says why a
// list), without its text (which can be large), with its length and, when the bound
// `countClaims` is true, its claim count (retracted claims left out; null otherwise): the count reads every citation of the source.
// The bound `props` (RecordProperties.source, src/graph/record-properties.ts) says which
// properties to read beside its id and kind (which tells an originator's type); one it leaves out
// reads as null. A null `props` reads them all (the by-ids queries).
WITH s, countClaims, props, props IS NULL AS every
RETURN [s.id, s.kind] // id, kind
  // The stored properties (SOURCE_STORED), each read by its name, or null where props.stored has none:
  + [k IN CASE WHEN every THEN [
      'title', 'publisher', 'authors', 'published', 'url', 'language', 'license', 'snapshot',
      'note', 'sha256'
    ] ELSE props.stored END | s[k]]
  + [
  CASE WHEN every OR props.textLength THEN size(s.text) END, // textLength
  CASE WHEN countClaims THEN COUNT { MATCH (s)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) WHERE NOT c:Retracted RETURN DISTINCT c } END // claimCount
] AS source
