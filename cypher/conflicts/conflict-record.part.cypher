// A conflict group's record (ConflictRecord in src/graph/records.ts) for the bound `x`, findings
// included, as a list of values in the order of CONFLICT_FIELDS (src/graph/record-values.ts; each
// value names its field). The bound `props` (RecordProperties.conflict) says which to read, as in
// claims/claim-record; a null `props` reads them all (the by-ids query). The findings' reasons
// are most of a conflict's bytes, and a conflict shown by its severity needs none of them.
WITH x, props, props IS NULL AS every
RETURN [x.id] // id
  // The stored properties (CONFLICT_STORED), each read by its name, or null where props.stored has none:
  + [k IN CASE WHEN every THEN [
      'measureId', 'kinds', 'severity', 'claimIds', 'findingRules', 'findingSeverities',
      'findingKinds', 'findingReasons', 'findingClaimA', 'findingClaimB', 'summary'
    ] ELSE props.stored END | x[k]] AS conflict
