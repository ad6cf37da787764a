// The text around each citation's quote, cut from its source's stored text.
// substring counts UTF-16 units; the seed texts hold no character outside the BMP, where units and
// code points agree (src/provenance/quote-selector.ts counts code points).
UNWIND $requests AS r
MATCH (q:Citation {id: r.id})-[:STATED_IN]->(s:Source)
WITH r, q, s, CASE WHEN q.start - r.chars < 0 THEN 0 ELSE q.start - r.chars END AS from
RETURN r.id AS id, r.chars AS chars, substring(s.text, from, q.end + r.chars - from) AS context
