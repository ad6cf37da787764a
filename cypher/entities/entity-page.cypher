// One page of entities whose name or an alias contains $search (case-insensitive), by name then id.
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search)
       OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search)))
WITH e, [toLower(e.name), e.id] AS key
WITH collect({id: e.id, key: key}) AS matches
UNWIND matches AS m
WITH size(matches) AS total, m
WHERE $afterKey IS NULL OR m.key > $afterKey
WITH total, m ORDER BY m.key
LIMIT toInteger($limit)
RETURN total, collect(m) AS page
