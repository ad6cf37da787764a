// Sources by id.
UNWIND $ids AS id
MATCH (s:Source {id: id}) USING INDEX s:Source(id)
// include: sources/source-record
