// Entities by id, with the whole each is part of and the ids of the measures about them.
UNWIND $ids AS id
MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
RETURN e {.id, .name, .type, .aliases, .partOfId, measureIds: [(m:Measure)-[:ABOUT]->(e) | m.id]} AS entity
