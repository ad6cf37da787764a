// Seed: documents whose text we hold (with its SHA-256) and the works they cite.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.kind = row.kind, s.title = row.title, s.publisher = row.publisher, s.authors = row.authors,
    s.published = row.published, s.url = row.url, s.language = row.language, s.license = row.license,
    s.snapshot = row.snapshot, s.note = row.note, s.text = row.text, s.sha256 = row.sha256
