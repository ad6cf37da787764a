// Conflict groups by id, findings included.
UNWIND $ids AS id
MATCH (x:Conflict {id: id}) USING INDEX x:Conflict(id)
RETURN x {
  .id, .measureId, .kinds, .severity, .claimIds, .findingRules, .findingSeverities, .findingKinds, .findingReasons, .findingClaimA, .findingClaimB
} AS conflict
