// Sources by id, each with its claim count when $countClaims (null otherwise: the count reads every citation of the source).
UNWIND $ids AS id
MATCH (s:Source {id: id}) USING INDEX s:Source(id)
WITH s, $countClaims AS countClaims, null AS props
// include: sources/source-record
