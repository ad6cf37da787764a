// Tests: removes what a curation test made (every id it chose ends with its run's suffix, and every
// node its agent generated, whatever its id), the citations
// left supporting nothing, conflicts left on no measure, and the test agent's history. A seed
// claim the test corrected or retracted is handed back to the seed loader, which the caller runs next.
CALL () {
  MATCH (agent:Agent)<-[:WAS_ASSOCIATED_WITH]-(:Activity)<-[:WAS_REVISED_BY|WAS_INVALIDATED_BY]-(c:Claim)
  WHERE agent.name ENDS WITH $suffix AND NOT c.id ENDS WITH $suffix
  REMOVE c:Retracted
  SET c.origin = 'seed', c.contentHash = null, c.retractedReason = null, c.retractedBy = null, c.retractedAt = null
}
CALL () {
  MATCH (n) WHERE (n:Claim OR n:Source OR n:Entity OR n:Measure) AND n.id ENDS WITH $suffix
  DETACH DELETE n
}
CALL () {
  MATCH (agent:Agent)<-[:WAS_ASSOCIATED_WITH]-(:Activity)<-[:WAS_GENERATED_BY]-(n)
  WHERE agent.name ENDS WITH $suffix
  DETACH DELETE n
}
CALL () {
  MATCH (q:Citation) WHERE NOT EXISTS { (q)-[:SUPPORTS]->() }
  DETACH DELETE q
}
CALL () {
  MATCH (x:Conflict) WHERE NOT EXISTS { (x)-[:ON_MEASURE]->() } OR NOT EXISTS { (x)-[:INVOLVES]->() }
  DETACH DELETE x
}
CALL () {
  MATCH (agent:Agent) WHERE agent.name ENDS WITH $suffix
  OPTIONAL MATCH (agent)<-[:WAS_ASSOCIATED_WITH]-(a:Activity)
  DETACH DELETE a, agent
}
