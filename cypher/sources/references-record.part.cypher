// Reference-list entries touching the bound source `s`: the works it cites and the sources citing it.
RETURN {
  sourceId: s.id,
  cites: [(s)-[r:CITES]->(cited) | r {.number, .retrieved, .quote, .start, .end, citingId: s.id, citedId: cited.id}],
  citedBy: [(citing)-[r:CITES]->(s) | r {.number, .retrieved, .quote, .start, .end, citingId: citing.id, citedId: s.id}]
} AS references
