// Conflict groups by id, findings included.
UNWIND $ids AS id
MATCH (x:Conflict {id: id})
RETURN x {.*} AS conflict
