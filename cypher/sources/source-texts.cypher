// The held text of each source by id (null for a cited work, whose text we do not hold). Kept out of
// sources-by-ids because a text can be large and only the source page shows it.
UNWIND $ids AS id
MATCH (s:Source {id: id}) USING INDEX s:Source(id)
RETURN s.id AS id, s.text AS text
