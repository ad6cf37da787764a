// Floor: the claims one source states, in time order; every claim of the source is read once.
MATCH (:Source {id: $source})<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim)
WITH DISTINCT c
WITH c ORDER BY c.sortTime, c.id
WITH collect(c) AS claims
WITH size(claims) AS total, claims[0..toInteger($first) + 1] AS page
