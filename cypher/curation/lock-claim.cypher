// Curation: takes the write lock of a claim before it is read for an update or a retraction, so two
// curators changing one claim take turns and the second reads what the first wrote.
MATCH (c:Claim {id: $id})
SET c.lockedAt = datetime()
RETURN count(c) AS locked
