// How many claims have a kind and/or contested value. Run only when a client asks for totalCount of
// claims filtered by those alone. Neo4j's count store keeps the number of nodes of each label, and
// every claim carries the label of its kind (PledgeClaim, ...) and, while contested, Contested
// (migration 013, kept by write-claims and write-support): so all claims, one kind's or the
// contested ones are counted without reading a claim, less the retracted ones among them (few: a
// curator retracts each one), which are read. A kind and contested together, or contested false,
// are no one label: those read every matching claim's index entry. As in claim-page-in-order, each
// index branch's value is null unless the filters pick it, so the other branches seek nothing. The
// filters come as one map, $filter, so that one plan serves whichever are given (see claims/claim-page).
CALL () {
  WITH CASE WHEN $filter.contested IS NULL THEN $filter.kind END AS kind, $filter.kind IS NULL AND $filter.contested = true AS contested
  WITH kind, contested WHERE ($filter.kind IS NULL AND $filter.contested IS NULL) OR kind IS NOT NULL OR contested
  RETURN CASE
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
                ELSE COUNT { MATCH (r:Retracted) WHERE (kind IS NULL OR r.kind = kind) AND (NOT contested OR r:Contested) } END AS n
  UNION ALL
  MATCH (c:Claim)
  WHERE c.kind = CASE WHEN $filter.contested IS NOT NULL THEN $filter.kind END AND c.contested = $filter.contested AND ($includeRetracted OR NOT c:Retracted)
  RETURN count(c) AS n
  UNION ALL
  MATCH (c:Claim)
  WHERE c.contested = CASE WHEN $filter.kind IS NULL AND $filter.contested = false THEN false END AND ($includeRetracted OR NOT c:Retracted)
  RETURN count(c) AS n
}
RETURN sum(n) AS total
