// Floor of docs/operations/08: entities whose name or alias contains the text, by name, with their
// measures and first ten claims in time order (the claim count from the entity's relationships).
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($search) OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search))
WITH e ORDER BY toLower(e.name), e.id LIMIT 5
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
