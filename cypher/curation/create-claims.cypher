// Curation: claims known to be new (a bulk write into a graph that holds none of them: the bench's
// generator), created ABOUT their subject and OF_MEASURE their measure. The same rows as
// write-claims, without its MERGE and its search for stale links, which a new claim cannot have;
// every subject and measure exists (the writer's input is checked, and they are written first).
UNWIND $rows AS row
CREATE (c:Claim)
SET c = row.properties
WITH c, row
MATCH (subject:Entity {id: row.properties.subjectId})
CREATE (c)-[:ABOUT]->(subject)
WITH c, row
MATCH (m:Measure {id: row.properties.measureId})
CREATE (c)-[:OF_MEASURE]->(m)
