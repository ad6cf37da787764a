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
// primed for one root field serves the others). A conflict summary not stored with its conflict
// has its two sides read apart, in the shape its sentence needs (conflicts/summary-side), not as whole records.
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
  // Claims and citations go on as nodes, each found by its id once, or reached from a neighbour.
  WITH rootSources, rootEntities, measureIds, conflictIds, COLLECT {
    UNWIND rootCitations AS id
    MATCH (q:Citation {id: id})
    RETURN q
  } AS nearCitations, COLLECT {
    UNWIND rootClaims AS id
    MATCH (c:Claim {id: id})
    RETURN c
  } AS rootClaimNodes
  WITH rootSources, rootEntities, measureIds, conflictIds, nearCitations, rootClaimNodes + COLLECT {
    UNWIND CASE WHEN $select.citationClaims THEN nearCitations ELSE [] END AS q
    MATCH (q)-[:SUPPORTS]->(c:Claim)
    RETURN c
  } + COLLECT {
    UNWIND CASE WHEN $select.measureSeries THEN measureIds ELSE [] END AS id
    MATCH (:Measure {id: id})<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted
    RETURN c
  } + COLLECT {
    UNWIND CASE WHEN $select.conflictClaims THEN conflictIds ELSE [] END AS id
    MATCH (x:Conflict {id: id})
    UNWIND x.claimIds + x.findingClaimA + x.findingClaimB AS claimId
    MATCH (c:Claim {id: claimId})
    RETURN c
  } AS nearClaims
  WITH rootSources, rootEntities, measureIds, conflictIds, nearCitations, nearClaims + COLLECT {
    UNWIND CASE WHEN $select.derivedFrom THEN nearClaims ELSE [] END AS c
    MATCH (c)-[:DERIVED_FROM]->(part:Claim)
    RETURN part
  } + COLLECT {
    UNWIND CASE WHEN $select.corroboratedBy THEN nearClaims ELSE [] END AS c
    MATCH (c)-[:CORROBORATED_BY]->(other:Claim)
    RETURN other
  } AS claims
  WITH rootSources, rootEntities, conflictIds, nearCitations, COLLECT { UNWIND claims AS c RETURN DISTINCT c } AS claims, measureIds
  WITH rootSources, rootEntities, conflictIds, nearCitations, claims, COLLECT {
    UNWIND measureIds + COLLECT {
      UNWIND CASE WHEN $select.claimMeasures THEN claims ELSE [] END AS c
      WITH c WHERE c.measureId IS NOT NULL
      RETURN c.measureId
    } AS id
    RETURN DISTINCT id
  } AS measureIds, COLLECT {
    UNWIND nearCitations + COLLECT {
      UNWIND CASE WHEN $select.claimCitations THEN claims ELSE [] END AS c
      MATCH (c)<-[:SUPPORTS]-(q:Citation)
      RETURN q
    } AS q
    RETURN DISTINCT q
  } AS citations
  WITH rootEntities, conflictIds, claims, measureIds, citations, COLLECT {
    UNWIND rootSources + [q IN CASE WHEN $select.citationSources THEN citations ELSE nearCitations END | q.sourceId] AS id
    RETURN DISTINCT id
  } AS sourceIds, COLLECT {
    UNWIND CASE WHEN $select.originators THEN citations ELSE [] END AS q
    MATCH (q)-[:ATTRIBUTED_TO]->(who)
    RETURN DISTINCT who
  } AS originators
  WITH conflictIds, claims, measureIds, citations, sourceIds,
    COLLECT { UNWIND rootEntities + [who IN originators WHERE who:Entity | who.id] AS id RETURN DISTINCT id } AS entityIds,
    sourceIds + [who IN originators WHERE who:Source | who.id] + COLLECT {
      UNWIND CASE WHEN $select.referencedSources THEN sourceIds ELSE [] END AS id
      MATCH (:Source {id: id})-[:CITES]-(other:Source)
      RETURN other.id
    } AS recordSourceIds
  RETURN {
    claims: COLLECT {
      UNWIND claims AS c
      WITH c, $select.properties.claim AS props
// include: claims/claim-record
    },
    citations: COLLECT {
      UNWIND citations AS q
      WITH q, $select.properties.citation AS props
// include: citations/citation-record
    },
    contexts: COLLECT {
      UNWIND CASE WHEN $select.contextChars > 0 THEN citations ELSE [] END AS q
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
      WITH e, $select.properties.entity AS props
// include: entities/entity-record
    },
    measures: COLLECT {
      UNWIND measureIds AS id
      MATCH (m:Measure {id: id}) USING INDEX SEEK m:Measure(id)
      WITH m, $select.measureSeries AS withSeries, $select.properties.measure AS props
// include: measures/measure-record
    },
    conflicts: COLLECT {
      UNWIND conflictIds AS id
      MATCH (x:Conflict {id: id}) USING INDEX x:Conflict(id)
      WITH x, $select.properties.conflict AS props
// include: conflicts/conflict-record
    },
    // A summary quotes the first pair of its conflict's findings; the assessment stores it, and
    // only a conflict stored before it did needs its pair read.
    summarySides: COLLECT {
      UNWIND CASE WHEN $select.conflictSummaries THEN conflictIds ELSE [] END AS id
      MATCH (x:Conflict {id: id}) WHERE x.summary IS NULL
      UNWIND [x.findingClaimA[0], x.findingClaimB[0]] AS claimId
      WITH DISTINCT claimId WHERE claimId IS NOT NULL
      MATCH (c:Claim {id: claimId}) USING INDEX c:Claim(id)
// include: conflicts/summary-side
    }
  } AS records
}
