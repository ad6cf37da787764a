// One page of entities by name, then id. Without $search it is read in that order from the sortKey
// index and stopped after $limit. With $search (a case-insensitive part of the name or an alias) the
// text index of migration 012 finds every match (the total needs them all) and only the matches are
// sorted. As in claim-page, each branch's lookup value is null unless it is the one chosen, so the
// other finds nothing at once.
CALL () {
  MATCH (e:Entity)
  WHERE e.sortKey > CASE WHEN $search IS NULL THEN $afterKey END AND ($type IS NULL OR e.type = $type)
  WITH e ORDER BY e.sortKey
  LIMIT toInteger($limit)
  WITH collect({id: e.id, key: e.sortKey}) AS page
  RETURN CASE WHEN $search IS NOT NULL THEN 0
              WHEN $type IS NULL THEN COUNT { (:Entity) }
              ELSE COUNT { MATCH (e:Entity) WHERE e.type = $type } END AS total,
         page
  UNION ALL
  MATCH (e:Entity) USING TEXT INDEX e:Entity(searchText)
  WHERE e.searchText CONTAINS toLower($search) AND ($type IS NULL OR e.type = $type)
  WITH e ORDER BY e.sortKey
  WITH collect({id: e.id, key: e.sortKey}) AS matches
  RETURN size(matches) AS total, [m IN matches WHERE m.key > $afterKey][..toInteger($limit)] AS page
}
RETURN sum(total) AS total, reduce(all = [], p IN collect(page) | all + p) AS page
