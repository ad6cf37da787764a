// How many claims one label counts, for the bound `kind` (a kind given alone) and `contested` (true
// for contested alone): the kind's label (PledgeClaim, ...), Contested, or Claim for all of them,
// from Neo4j's count store, less the retracted ones among them (few: a curator retracts each one),
// which are read unless $includeRetracted. The labels are migration 013's, kept by write-claims and
// write-support. An expression: the including query names it.
CASE
  WHEN kind = 'date' THEN COUNT { (:DateClaim) }
  WHEN kind = 'event' THEN COUNT { (:EventClaim) }
  WHEN kind = 'count' THEN COUNT { (:CountClaim) }
  WHEN kind = 'amount' THEN COUNT { (:AmountClaim) }
  WHEN kind = 'pledge' THEN COUNT { (:PledgeClaim) }
  WHEN kind = 'percentage' THEN COUNT { (:PercentageClaim) }
  WHEN kind = 'vote' THEN COUNT { (:VoteClaim) }
  WHEN kind = 'duration' THEN COUNT { (:DurationClaim) }
  WHEN kind = 'ratio' THEN COUNT { (:RatioClaim) }
  WHEN kind IS NOT NULL THEN 0
  WHEN contested THEN COUNT { (:Contested) }
  ELSE COUNT { (:Claim) }
END
- CASE WHEN $includeRetracted THEN 0
       ELSE COUNT { MATCH (r:Retracted) WHERE (kind IS NULL OR r.kind = kind) AND (NOT contested OR r:Contested) } END
