// One page of sources: documents first, then works, each by title, then id.
MATCH (s:Source)
WHERE $kind IS NULL OR s.kind = $kind
WITH s, [CASE s.kind WHEN 'document' THEN 0 ELSE 1 END, toLower(s.title), s.id] AS key
WITH collect({id: s.id, key: key}) AS matches
UNWIND matches AS m
WITH size(matches) AS total, m
WHERE $afterKey IS NULL OR m.key > $afterKey
WITH total, m ORDER BY m.key
LIMIT toInteger($limit)
RETURN total, collect(m) AS page
