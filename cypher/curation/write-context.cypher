// Curation: what a write refers to, looked up by id before anything is written (each through its
// id constraint): which entities and originators exist, each measure's unit, each source's text
// (the quotes are found in it), and for each claim id already taken, its content hash, whether it
// is retracted, and the input hash and answer of the activity that created it (to answer a replay),
// and the entity each of $memberNames names, by its id or its name (each through its index).
RETURN
  [id IN $entityIds WHERE EXISTS { (:Entity {id: id}) }] AS entityIds,
  [id IN $measureIds | head(COLLECT { MATCH (m:Measure {id: id}) RETURN m { .id, .unit } })] AS measures,
  [id IN $sourceIds | head(COLLECT { MATCH (s:Source {id: id}) RETURN s { .id, .text } })] AS sources,
  [id IN $originatorIds WHERE EXISTS { (:Entity {id: id}) } OR EXISTS { (:Source {id: id}) }] AS originatorIds,
  [id IN $claimIds | head(COLLECT {
    MATCH (c:Claim {id: id})
    OPTIONAL MATCH (c)-[:WAS_GENERATED_BY]->(a:Activity)
    RETURN c { .id, .contentHash, .measureId, retracted: c:Retracted, inputHash: a.inputHash, answer: a.answer }
  })] AS claims,
  [name IN $memberNames | head(COLLECT {
    MATCH (e:Entity {id: name}) RETURN e.id AS id
    UNION
    MATCH (e:Entity {name: name}) RETURN e.id AS id
  })] AS memberEntityIds
