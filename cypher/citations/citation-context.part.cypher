// The text around the bound citation `q`'s quote, `chars` characters each side, cut from its source's stored text.
// substring counts UTF-16 units; the seed texts hold no character outside the BMP, where units and
// code points agree (src/provenance/quote-selector.ts counts code points).
MATCH (q)-[:STATED_IN]->(s:Source)
WITH q, s, chars, CASE WHEN q.start - chars < 0 THEN 0 ELSE q.start - chars END AS from
RETURN {id: q.id, chars: chars, context: substring(s.text, from, q.end + chars - from)} AS context
