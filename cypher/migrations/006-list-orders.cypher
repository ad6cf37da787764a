// Sources (documents first, then by title) and entities (by name) are paged in index order: each
// keeps its sort key as one indexed string (the seed loader sets it; nodes loaded before this
// migration get it here). The parts are joined with U+0001, below every printable character, so
// that 'Kenya' sorts before 'Kenya Police'.
CREATE INDEX source_sort_key IF NOT EXISTS FOR (n:Source) ON (n.sortKey);
CREATE INDEX entity_sort_key IF NOT EXISTS FOR (n:Entity) ON (n.sortKey);
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);
MATCH (s:Source) WHERE s.sortKey IS NULL
CALL (s) {
  SET s.sortKey = CASE s.kind WHEN 'document' THEN '0\u0001' ELSE '1\u0001' END + toLower(s.title) + '\u0001' + s.id
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (e:Entity) WHERE e.sortKey IS NULL
CALL (e) {
  SET e.sortKey = toLower(e.name) + '\u0001' + e.id
} IN TRANSACTIONS OF 10000 ROWS;
