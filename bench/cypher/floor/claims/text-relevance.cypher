// Floor: free text over statements and quotes, best match first; every match is read, as the total needs.
CALL db.index.fulltext.queryNodes('claim_text', $text) YIELD node, score
OPTIONAL MATCH (node)-[:SUPPORTS]->(supported:Claim)
WITH coalesce(supported, node) AS c, score WHERE c:Claim
WITH c, max(score) AS score
ORDER BY score DESC, c.id
WITH collect(c) AS matches
WITH size(matches) AS total, matches[0..toInteger($first) + 1] AS page
