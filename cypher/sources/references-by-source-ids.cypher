// Reference-list entries of sources by id.
UNWIND $ids AS sourceId
MATCH (s:Source {id: sourceId})
// include: sources/references-record
