// A conflict group's record (ConflictRecord in src/graph/records.ts) for the bound `x`, findings
// included, as a list of values in the order of CONFLICT_FIELDS (src/graph/record-values.ts; each
// line names its field). The bound `props` (RecordProperties.conflict) says which to read, as in
// claims/claim-record; a null `props` reads them all (the by-ids query). The findings' reasons
// are most of a conflict's bytes, and a conflict shown by its severity needs none of them.
WITH x, props, props IS NULL AS every
RETURN [
  x.id, // id
  CASE WHEN every OR props.measureId THEN x.measureId END, // measureId
  CASE WHEN every OR props.kinds THEN x.kinds END, // kinds
  CASE WHEN every OR props.severity THEN x.severity END, // severity
  CASE WHEN every OR props.claimIds THEN x.claimIds END, // claimIds
  CASE WHEN every OR props.findingRules THEN x.findingRules END, // findingRules
  CASE WHEN every OR props.findingSeverities THEN x.findingSeverities END, // findingSeverities
  CASE WHEN every OR props.findingKinds THEN x.findingKinds END, // findingKinds
  CASE WHEN every OR props.findingReasons THEN x.findingReasons END, // findingReasons
  CASE WHEN every OR props.findingClaimA THEN x.findingClaimA END, // findingClaimA
  CASE WHEN every OR props.findingClaimB THEN x.findingClaimB END, // findingClaimB
  CASE WHEN every OR props.summary THEN x.summary END // summary
] AS conflict
