// Conflict groups by id.
UNWIND $ids AS id
MATCH (x:Conflict {id: id}) USING INDEX x:Conflict(id)
// include: conflicts/conflict-record
