// Curation: the measures whose claims' independence a source's reference list can change: those
// with claims stated in the source, in the sources that cite it (at any remove), or in those it
// cites. Each direction is followed on its own: an undirected path would wander from a work to
// every other document citing it.
MATCH (s:Source {id: $sourceId})
RETURN COLLECT {
  CALL (s) {
    MATCH (near:Source)-[:CITES*0..10]->(s)
    RETURN near
    UNION
    MATCH (s)-[:CITES*0..10]->(near:Source)
    RETURN near
  }
  MATCH (near)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(:Claim)-[:OF_MEASURE]->(m:Measure)
  RETURN DISTINCT m.id
} AS measureIds
