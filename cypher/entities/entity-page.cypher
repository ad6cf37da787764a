// One page of entities by name, then id, read in that order from the sortKey index and stopped after
// $limit. With $search (a case-insensitive part of the name or an alias) every entity is read:
// entities are the graph's smallest label, and a part of a word needs no index to match.
MATCH (e:Entity)
WHERE e.sortKey > $afterKey AND ($type IS NULL OR e.type = $type)
  AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search)
       OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search)))
WITH e ORDER BY e.sortKey
LIMIT toInteger($limit)
WITH collect({id: e.id, key: e.sortKey}) AS page
RETURN CASE WHEN $type IS NULL AND $search IS NULL THEN COUNT { (:Entity) }
            ELSE COUNT {
              MATCH (e:Entity)
              WHERE ($type IS NULL OR e.type = $type)
                AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search)
                     OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search)))
            } END AS total,
       page
