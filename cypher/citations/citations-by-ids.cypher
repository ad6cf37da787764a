// Citations by id.
UNWIND $ids AS id
MATCH (q:Citation {id: id}) USING INDEX q:Citation(id)
// include: citations/citation-record
