// Floor of docs/operations/08: entities whose name or alias contains the text (through the text
// index of migration 012), by name, with their measures and first ten claims in time order (the
// claim count from the entity's relationships).
MATCH (e:Entity)
WHERE e.searchText CONTAINS toLower($search)
WITH e ORDER BY e.sortKey LIMIT 5
RETURN collect({node: e {
  .id, .name, .type,
  measures: COLLECT { MATCH (m:Measure)-[:ABOUT]->(e) RETURN m {.id, .name} },
  claims: {
    totalCount: COUNT { (e)<-[:ABOUT]-(:Claim) },
    edges: COLLECT {
      MATCH (e)<-[:ABOUT]-(c:Claim)
      WITH c ORDER BY c.sortTime, c.id LIMIT 10
      RETURN {node: c {.statement, .timeLabel, .supportStatus}}
    }
  }
}}) AS data
