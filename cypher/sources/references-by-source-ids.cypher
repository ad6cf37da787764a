// Reference-list entries touching each source: the works it cites and the sources citing it.
UNWIND $ids AS sourceId
MATCH (s:Source {id: sourceId})
RETURN sourceId,
  [(s)-[r:CITES]->(cited) | r {.number, .retrieved, .quote, .start, .end, citingId: s.id, citedId: cited.id}] AS cites,
  [(citing)-[r:CITES]->(s) | r {.number, .retrieved, .quote, .start, .end, citingId: citing.id, citedId: s.id}] AS citedBy
