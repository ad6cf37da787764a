// Citations by id.
UNWIND $ids AS id
MATCH (q:Citation {id: id}) USING INDEX q:Citation(id)
WITH q, null AS props
// include: citations/citation-record
