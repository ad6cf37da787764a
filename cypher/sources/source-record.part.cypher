// A source's record (SourceRecord) for the bound `s`, as a list of values in the order of
// SOURCE_FIELDS (src/graph/record-values.ts; each line names its field, and claim-record says why a
// list), without its text (which can be large), with its length and, when the bound
// `countClaims` is true, its claim count (retracted claims left out; null otherwise): the count reads every citation of the source.
// The bound `props` (RecordProperties.source, src/graph/record-properties.ts) says which
// properties to read beside its id and kind (which tells an originator's type); one it leaves out
// reads as null. A null `props` reads them all (the by-ids queries).
WITH s, countClaims, props, props IS NULL AS every
RETURN [
  s.id, // id
  s.kind, // kind
  CASE WHEN every OR props.title THEN s.title END, // title
  CASE WHEN every OR props.publisher THEN s.publisher END, // publisher
  CASE WHEN every OR props.authors THEN s.authors END, // authors
  CASE WHEN every OR props.published THEN s.published END, // published
  CASE WHEN every OR props.url THEN s.url END, // url
  CASE WHEN every OR props.language THEN s.language END, // language
  CASE WHEN every OR props.license THEN s.license END, // license
  CASE WHEN every OR props.snapshot THEN s.snapshot END, // snapshot
  CASE WHEN every OR props.note THEN s.note END, // note
  CASE WHEN every OR props.sha256 THEN s.sha256 END, // sha256
  CASE WHEN every OR props.textLength THEN size(s.text) END, // textLength
  CASE WHEN countClaims THEN COUNT { MATCH (s)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) WHERE NOT c:Retracted RETURN DISTINCT c } END // claimCount
] AS source
