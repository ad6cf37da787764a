// Curation: documents whose text we hold (byte-exact, with its SHA-256) and the works they cite.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.origin = $origin
WITH s, row WHERE coalesce(s.origin, 'seed') = $origin OR $origin = 'curation'
SET s.kind = row.kind, s.title = row.title, s.publisher = row.publisher, s.authors = row.authors,
    s.published = row.published, s.url = row.url, s.language = row.language, s.license = row.license,
    s.snapshot = row.snapshot, s.note = row.note, s.text = row.text, s.sha256 = row.sha256, s.origin = $origin,
    // Documents first, then by title: the order of source pages (as migration 006 computes it).
    s.sortKey = CASE row.kind WHEN 'document' THEN '0\u0001' ELSE '1\u0001' END + toLower(row.title) + '\u0001' + row.id
