// One page of sources: documents first, then works, each by title, then id; read in that order from
// the sortKey index and stopped after $limit. The total comes from the count store or the kind.
MATCH (s:Source)
WHERE s.sortKey > $afterKey AND ($kind IS NULL OR s.kind = $kind)
WITH s ORDER BY s.sortKey
LIMIT toInteger($limit)
WITH collect({id: s.id, key: s.sortKey}) AS page
RETURN CASE WHEN $kind IS NULL THEN COUNT { (:Source) } ELSE COUNT { MATCH (s:Source) WHERE s.kind = $kind } END AS total, page
