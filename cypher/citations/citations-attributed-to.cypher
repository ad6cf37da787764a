// The citations whose words a source attributes to each given originator (a cited work or an
// entity), in source and text order: the originator found through its id index, its citations
// through ATTRIBUTED_TO.
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
OPTIONAL MATCH (e:Entity {id: id})
WITH id, coalesce(s, e) AS o
RETURN id, COLLECT { MATCH (q:Citation)-[:ATTRIBUTED_TO]->(o) WITH q ORDER BY q.sourceId, q.start RETURN q.id } AS citationIds
