// A conflict group's record (ConflictRecord) for the bound `x`, findings included.
RETURN x {
  .id, .measureId, .kinds, .severity, .claimIds, .findingRules, .findingSeverities, .findingKinds, .findingReasons, .findingClaimA, .findingClaimB
} AS conflict
