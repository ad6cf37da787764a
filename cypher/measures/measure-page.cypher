// One page of measures by id, optionally those about one subject.
MATCH (m:Measure)-[:ABOUT]->(subject:Entity)
WHERE ($subject IS NULL OR subject.id = $subject)
WITH m ORDER BY m.id
WITH collect(m.id) AS ids
UNWIND ids AS id
WITH size(ids) AS total, id
WHERE $afterId IS NULL OR id > $afterId
WITH total, id ORDER BY id
LIMIT toInteger($limit)
RETURN total, collect({id: id, key: id}) AS page
