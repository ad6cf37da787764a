// Claims by id, each with the ids of the claims it derives from, agrees with, and its conflicts.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {
  .*,
  derivedFromIds: [(c)-[:DERIVED_FROM]->(part) | part.id],
  corroboratedByIds: [(c)-[:CORROBORATED_BY]->(other) | other.id],
  conflictIds: [(x:Conflict)-[:INVOLVES]->(c) | x.id]
} AS claim
