// Curation: the measures whose claims' independence a source's reference list can change: those
// with claims stated in the source, in the sources that cite it (at any remove), or in those it cites.
MATCH (s:Source {id: $sourceId})
RETURN COLLECT {
  MATCH (s)-[:CITES*0..10]-(near:Source)
  MATCH (near)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(:Claim)-[:OF_MEASURE]->(m:Measure)
  RETURN DISTINCT m.id
} AS measureIds
