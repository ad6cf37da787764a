// The citations supporting each of the given claims, in source and text order.
UNWIND $ids AS claimId
MATCH (:Claim {id: claimId})<-[:SUPPORTS]-(q:Citation)
WITH claimId, q ORDER BY q.sourceId, q.start
RETURN claimId, collect(q.id) AS citationIds
