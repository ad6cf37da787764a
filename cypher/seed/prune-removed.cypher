// Seed: what the seed files no longer contain leaves the graph (runs in the same transaction as the upserts).
CALL () {
  MATCH (n:Claim) WHERE NOT n.id IN $claimIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Citation) WHERE NOT n.id IN $citationIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Measure) WHERE NOT n.id IN $measureIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Entity) WHERE NOT n.id IN $entityIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Source) WHERE NOT n.id IN $sourceIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Conflict) WHERE NOT n.id IN $conflictIds
  DETACH DELETE n
}
CALL () {
  MATCH (:Source)-[r:CITES]->(:Source) WHERE NOT r.key IN $citesKeys
  DELETE r
}
