// A citation's record (CitationRecord) for the bound `q`, with the claims it supports and whom it is
// attributed to, as a list of values in the order of CITATION_FIELDS (src/graph/record-values.ts;
// each value names its field, and claim-record says why a list).
// The bound `props` (RecordProperties.citation, src/graph/record-properties.ts) says which
// properties to read beside its id and source; one it leaves out reads as null. A null `props`
// reads them all (the by-ids queries).
WITH q, props, props IS NULL AS every
OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(who) WHERE every OR props.attributedToId OR props.attributedToKind
RETURN [q.id, q.sourceId] // id, sourceId
  // The stored properties (CITATION_STORED), each read by its name, or null where props.stored has none:
  + [k IN CASE WHEN every THEN [
      'quote', 'start', 'end', 'prefix', 'suffix', 'section'
    ] ELSE props.stored END | q[k]]
  + [
  CASE WHEN every OR props.claimIds THEN [(q)-[:SUPPORTS]->(c:Claim) | c.id] END, // claimIds
  who.id, // attributedToId
  CASE WHEN who:Source THEN 'Source' WHEN who:Entity THEN 'Entity' END // attributedToKind
] AS citation
