// Sources by id, each with its claim count.
UNWIND $ids AS id
MATCH (s:Source {id: id}) USING INDEX s:Source(id)
WITH s, true AS countClaims
// include: sources/source-record
