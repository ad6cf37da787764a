// Conflict groups by id.
UNWIND $ids AS id
MATCH (x:Conflict {id: id}) USING INDEX x:Conflict(id)
WITH x, null AS props
// include: conflicts/conflict-record
