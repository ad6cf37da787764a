// One page of conflict groups, by measure then id, optionally of one measure or one kind.
MATCH (x:Conflict)
WHERE ($measure IS NULL OR x.measureId = $measure)
  AND ($kind IS NULL OR $kind IN x.kinds)
WITH x ORDER BY x.measureId, x.id
WITH collect(x.id) AS ids
UNWIND ids AS id
WITH size(ids) AS total, id
WHERE $afterId IS NULL OR id > $afterId
WITH total, id ORDER BY id
LIMIT toInteger($limit)
RETURN total, collect({id: id, key: id}) AS page
