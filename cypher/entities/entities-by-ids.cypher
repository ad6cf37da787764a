// Entities by id, with the ids of the measures about them.
UNWIND $ids AS id
MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
RETURN e {.id, .name, .type, .aliases, measureIds: [(m:Measure)-[:ABOUT]->(e) | m.id]} AS entity
