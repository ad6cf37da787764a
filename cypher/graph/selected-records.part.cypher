// What a request's selection asks for around the nodes its root query found, read in the same round
// trip: the root query binds rootClaims, rootMeasures, rootConflicts, rootSources, rootEntities and
// rootCitations (lists of ids).
// $select (RecordSelection in src/graph/selected-records.ts) switches each step on; a step that is
// off unwinds an empty list and reads nothing. The steps go a fixed way, roots first: the conflicts'
// measures, the measures' conflicts, their claims and the root citations' claims, the claims they derive from and agree with, those claims' measures and citations, the
// citations' sources and originators, the sources' references. Whatever lies further is left to the
// batch loaders. The records have the shapes of the by-ids queries (the same parts), so they prime
// those loaders; the parts that are costly to read (a measure's series, a source's claim count) only
// when asked, else null, and the by-ids queries read them then. Of claims, citations and sources
// only the properties $select.properties names (what the whole request asks of them, so a record
// primed for one root field serves the others). A conflict summary's two sides are
// read apart, in the shape their sentence needs (conflicts/summary-side), not as whole records.
CALL (rootClaims, rootMeasures, rootConflicts, rootSources, rootEntities, rootCitations) {
  WITH rootClaims, rootConflicts, rootSources, rootEntities, rootCitations, COLLECT {
    UNWIND rootMeasures + COLLECT {
      UNWIND CASE WHEN $select.conflictMeasures THEN rootConflicts ELSE [] END AS id
      MATCH (x:Conflict {id: id})
      RETURN x.measureId
    } AS id
    RETURN DISTINCT id
  } AS measureIds
  WITH rootClaims, rootSources, rootEntities, rootCitations, measureIds, COLLECT {
    UNWIND rootConflicts + COLLECT {
      UNWIND CASE WHEN $select.measureConflicts THEN measureIds ELSE [] END AS id
      MATCH (x:Conflict {measureId: id})
      RETURN x.id
    } AS id
    RETURN DISTINCT id
  } AS conflictIds
  WITH rootSources, rootEntities, measureIds, conflictIds, rootCitations AS nearCitations, rootClaims + COLLECT {
    UNWIND CASE WHEN $select.citationClaims THEN rootCitations ELSE [] END AS id
    MATCH (:Citation {id: id})-[:SUPPORTS]->(c:Claim)
    RETURN c.id
  } + COLLECT {
    UNWIND CASE WHEN $select.measureSeries THEN measureIds ELSE [] END AS id
    MATCH (:Measure {id: id})<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted
    RETURN c.id
  } + COLLECT {
    UNWIND CASE WHEN $select.conflictClaims THEN conflictIds ELSE [] END AS id
    MATCH (x:Conflict {id: id})
    UNWIND x.claimIds + x.findingClaimA + x.findingClaimB AS claimId
    RETURN claimId
  } AS nearClaims
  WITH rootSources, rootEntities, measureIds, conflictIds, nearCitations, nearClaims + COLLECT {
    UNWIND CASE WHEN $select.derivedFrom THEN nearClaims ELSE [] END AS id
    MATCH (:Claim {id: id})-[:DERIVED_FROM]->(part:Claim)
    RETURN part.id
  } + COLLECT {
    UNWIND CASE WHEN $select.corroboratedBy THEN nearClaims ELSE [] END AS id
    MATCH (:Claim {id: id})-[:CORROBORATED_BY]->(other:Claim)
    RETURN other.id
  } AS claimIds
  WITH rootSources, rootEntities, conflictIds, nearCitations, COLLECT { UNWIND claimIds AS id RETURN DISTINCT id } AS claimIds, measureIds
  WITH rootSources, rootEntities, conflictIds, nearCitations, claimIds, COLLECT {
    UNWIND measureIds + COLLECT {
      UNWIND CASE WHEN $select.claimMeasures THEN claimIds ELSE [] END AS id
      MATCH (c:Claim {id: id}) WHERE c.measureId IS NOT NULL
      RETURN c.measureId
    } AS id
    RETURN DISTINCT id
  } AS measureIds, COLLECT {
    UNWIND nearCitations + COLLECT {
      UNWIND CASE WHEN $select.claimCitations THEN claimIds ELSE [] END AS id
      MATCH (:Claim {id: id})<-[:SUPPORTS]-(q:Citation)
      RETURN q.id
    } AS id
    RETURN DISTINCT id
  } AS citationIds
  WITH rootEntities, conflictIds, claimIds, measureIds, citationIds, COLLECT {
    UNWIND rootSources + COLLECT {
      UNWIND CASE WHEN $select.citationSources THEN citationIds ELSE nearCitations END AS id
      MATCH (q:Citation {id: id})
      RETURN q.sourceId
    } AS id
    RETURN DISTINCT id
  } AS sourceIds, COLLECT {
    UNWIND CASE WHEN $select.originators THEN citationIds ELSE [] END AS id
    MATCH (:Citation {id: id})-[:ATTRIBUTED_TO]->(who)
    RETURN DISTINCT who
  } AS originators
  WITH conflictIds, claimIds, measureIds, citationIds, sourceIds,
    COLLECT { UNWIND rootEntities + [who IN originators WHERE who:Entity | who.id] AS id RETURN DISTINCT id } AS entityIds,
    sourceIds + [who IN originators WHERE who:Source | who.id] + COLLECT {
      UNWIND CASE WHEN $select.referencedSources THEN sourceIds ELSE [] END AS id
      MATCH (:Source {id: id})-[:CITES]-(other:Source)
      RETURN other.id
    } AS recordSourceIds
  RETURN {
    claims: COLLECT {
      UNWIND claimIds AS id
      MATCH (c:Claim {id: id}) USING INDEX c:Claim(id)
      WITH c, $select.properties.claim AS props
// include: claims/claim-record
    },
    citations: COLLECT {
      UNWIND citationIds AS id
      MATCH (q:Citation {id: id}) USING INDEX q:Citation(id)
      WITH q, $select.properties.citation AS props
// include: citations/citation-record
    },
    contexts: COLLECT {
      UNWIND CASE WHEN $select.contextChars > 0 THEN citationIds ELSE [] END AS id
      MATCH (q:Citation {id: id})
      WITH q, $select.contextChars AS chars
// include: citations/citation-context
    },
    sources: COLLECT {
      UNWIND COLLECT { UNWIND recordSourceIds AS id RETURN DISTINCT id } AS id
      MATCH (s:Source {id: id}) USING INDEX s:Source(id)
      WITH s, $select.sourceClaimCounts AS countClaims, $select.properties.source AS props
// include: sources/source-record
    },
    references: COLLECT {
      UNWIND CASE WHEN $select.references THEN sourceIds ELSE [] END AS id
      MATCH (s:Source {id: id})
// include: sources/references-record
    },
    entities: COLLECT {
      UNWIND entityIds AS id
      MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
// include: entities/entity-record
    },
    measures: COLLECT {
      UNWIND measureIds AS id
      MATCH (m:Measure {id: id}) USING INDEX SEEK m:Measure(id)
      WITH m, $select.measureSeries AS withSeries
// include: measures/measure-record
    },
    conflicts: COLLECT {
      UNWIND conflictIds AS id
      MATCH (x:Conflict {id: id}) USING INDEX x:Conflict(id)
// include: conflicts/conflict-record
    },
    // A summary quotes the first pair of its conflict's findings.
    summarySides: COLLECT {
      UNWIND CASE WHEN $select.conflictSummaries THEN conflictIds ELSE [] END AS id
      MATCH (x:Conflict {id: id})
      UNWIND [x.findingClaimA[0], x.findingClaimB[0]] AS claimId
      WITH DISTINCT claimId WHERE claimId IS NOT NULL
      MATCH (c:Claim {id: claimId}) USING INDEX c:Claim(id)
// include: conflicts/summary-side
    }
  } AS records
}
