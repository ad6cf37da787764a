// One page of sources: documents first, then works, each by title, then id; read in that order from
// the sortKey index and stopped after $limit. The total comes from the count store or the kind. The
// kind comes in a map, $filter, so that one plan serves both (see claims/claim-page).
MATCH (s:Source)
WHERE s.sortKey > $afterKey AND ($filter.kind IS NULL OR s.kind = $filter.kind)
WITH s ORDER BY s.sortKey
LIMIT toInteger($limit)
WITH collect({id: s.id, key: s.sortKey}) AS page
RETURN CASE WHEN $filter.kind IS NULL THEN COUNT { (:Source) } ELSE COUNT { MATCH (s:Source) WHERE s.kind = $filter.kind } END AS total, page
