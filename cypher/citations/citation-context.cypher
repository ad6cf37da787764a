// The text around each citation's quote ($requests: {id, chars}).
UNWIND $requests AS r
MATCH (q:Citation {id: r.id})
WITH q, r.chars AS chars
// include: citations/citation-context
