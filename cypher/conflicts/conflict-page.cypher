// One page of conflict groups by id (an id starts with its measure's id, so groups of one measure
// sit together), read in id order from its index, or from the measure's conflicts, and stopped
// after $limit. A kind filter is applied while reading; its total counts the conflict groups.
CALL () {
  WITH * WHERE $measure IS NULL
  MATCH (x:Conflict) WHERE x.id > $afterId AND ($kind IS NULL OR $kind IN x.kinds)
  WITH x ORDER BY x.id LIMIT toInteger($limit)
  RETURN x
  UNION
  WITH * WHERE $measure IS NOT NULL
  MATCH (x:Conflict {measureId: $measure}) WHERE x.id > $afterId AND ($kind IS NULL OR $kind IN x.kinds)
  WITH x ORDER BY x.id LIMIT toInteger($limit)
  RETURN x
}
WITH x ORDER BY x.id
WITH collect({id: x.id, key: x.id}) AS page
RETURN CASE WHEN $measure IS NULL AND $kind IS NULL THEN COUNT { (:Conflict) }
            ELSE COUNT { MATCH (x:Conflict) WHERE ($measure IS NULL OR x.measureId = $measure) AND ($kind IS NULL OR $kind IN x.kinds) } END AS total,
       page
