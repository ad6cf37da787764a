// Curation: what the conflict rules need to reassess $measureIds and the measures linked to them
// (SUM_OF and HAS_FLOW, either way, up to six links: the sums a measure is a part of, their other
// parts, a stock's flows), every claim of them that is not retracted, with each linked measure's
// links; $claimIds (claims of no measure, and retracted ones, whose support is their own) and
// the events of $eventKeys and of those claims (every claim about the same event, for corroboration):
// each claim's value, time, role, members (with the entities they name), category and
// derivation, the sources that state it (for a derived claim, those of its parts), its first quote
// (in source and text order) with its source and whom each citation attributes it to, its support
// before, each involved source's byline and the sources it cites (transitively, for independence),
// each linked measure's name (for the conflicts' summaries), and the linked measures' conflicts
// before. Reads grow with the linked measures' claims, never with the graph.
CALL () {
  UNWIND $measureIds AS measureId
  MATCH (:Measure {id: measureId})-[:SUM_OF|HAS_FLOW*0..6]-(m:Measure)
  RETURN collect(DISTINCT m) AS linked
}
CALL () {
  UNWIND $claimIds AS claimId
  MATCH (c:Claim {id: claimId}) WHERE c.eventKey IS NOT NULL
  RETURN collect(DISTINCT c.eventKey) AS claimEvents
}
CALL (linked, claimEvents) {
  CALL (linked, claimEvents) {
    UNWIND linked AS m
    MATCH (m)<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted
    RETURN c
    UNION
    UNWIND $claimIds AS claimId
    MATCH (c:Claim {id: claimId}) WHERE c.measureId IS NULL OR c:Retracted
    RETURN c
    UNION
    UNWIND claimEvents + $eventKeys AS eventKey
    MATCH (c:Claim {eventKey: eventKey}) WHERE NOT c:Retracted
    RETURN c
  }
  WITH c, COLLECT {
    MATCH (c)-[:DERIVED_FROM*0..5]->(:Claim)<-[:SUPPORTS]-(:Citation)-[:STATED_IN]->(s:Source)
    RETURN DISTINCT s.id
  } AS sourceIds
  OPTIONAL MATCH (c)-[:OF_MEASURE]->(m:Measure)
  RETURN collect(c {
    .id, .derivation, .measureId, .eventKey, .qualifier, .amount, .valueLow, .valueHigh, .unit, .currency, .timeStart, .timeEnd, .timeLabel,
    .role, .members, .category, .supportStatus, .supportReason,
    measureUnit: m.unit,
    measureName: m.name,
    retracted: c:Retracted,
    derivedFromCount: COUNT { (c)-[:DERIVED_FROM]->() },
    sourceIds: sourceIds,
    quoted: head(COLLECT { MATCH (c)<-[:SUPPORTS]-(q:Citation) WITH q ORDER BY q.sourceId, q.start RETURN q { .quote, .sourceId } }),
    attributions: [(c)<-[:SUPPORTS]-(q:Citation) | [(q)-[:ATTRIBUTED_TO]->(o) | o.id]],
    memberIds: COLLECT { MATCH (c)-[n:NAMES]->(e:Entity) WITH n, e ORDER BY n.position RETURN e.id }
  }) AS claims, collect(sourceIds) AS sourceLists
}
WITH linked, claims, reduce(all = [], ids IN sourceLists | all + [id IN ids WHERE NOT id IN all]) AS sourceIds
RETURN claims,
  [m IN linked | m { .id, .name, sumOfIds: [(m)-[:SUM_OF]->(part) | part.id], flowIds: [(m)-[:HAS_FLOW]->(flow) | flow.id] }] AS measures,
  [id IN sourceIds | head(COLLECT {
    MATCH (s:Source {id: id})
    RETURN s { .id, .title, .publisher, .authors, cites: COLLECT { MATCH (s)-[:CITES*1..10]->(t:Source) RETURN DISTINCT t.id } }
  })] AS sources,
  COLLECT {
    UNWIND linked AS m
    MATCH (x:Conflict {measureId: m.id})
    RETURN x { .id, .measureId, .claimIds, .kinds, .severity, .findingReasons }
  } AS conflicts
