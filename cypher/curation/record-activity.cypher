// Curation: one write as a PROV activity: WAS_ASSOCIATED_WITH its agent (a token's name, or the seed
// loader), with what it did to each node: a claim, source, entity or measure it created
// WAS_GENERATED_BY it; a claim it changed WAS_REVISED_BY it (with the fields and their previous
// values); a claim it retracted WAS_INVALIDATED_BY it (with the reason). The activity keeps the
// client's idempotency key, a hash of the input and the answer given, so a replay gets that answer.
MERGE (agent:Agent {name: $agent.name})
ON CREATE SET agent.kind = $agent.kind
CREATE (a:Activity {id: $id, kind: $kind, at: datetime($at), idempotencyKey: $idempotencyKey, inputHash: $inputHash, answer: $answer})
CREATE (a)-[:WAS_ASSOCIATED_WITH]->(agent)
WITH a
CALL (a) {
  UNWIND $claimChanges AS change
  MATCH (c:Claim {id: change.claimId})
  CALL (a, c, change) {
    WITH * WHERE change.change = 'created'
    CREATE (c)-[:WAS_GENERATED_BY]->(a)
  }
  CALL (a, c, change) {
    WITH * WHERE change.change = 'updated'
    CREATE (c)-[:WAS_REVISED_BY {fields: change.fields, previous: change.previous}]->(a)
  }
  CALL (a, c, change) {
    WITH * WHERE change.change = 'retracted'
    CREATE (c)-[:WAS_INVALIDATED_BY {reason: change.reason}]->(a)
  }
}
CALL (a) {
  UNWIND $generated AS id
  OPTIONAL MATCH (s:Source {id: id})
  OPTIONAL MATCH (e:Entity {id: id})
  OPTIONAL MATCH (m:Measure {id: id})
  WITH coalesce(s, e, m) AS n WHERE n IS NOT NULL
  CREATE (n)-[:WAS_GENERATED_BY]->(a)
}
RETURN a.id AS id
