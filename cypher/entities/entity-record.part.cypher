// An entity's record (EntityRecord) for the bound `e`, with the whole it is part of and the ids of the measures about it.
RETURN e {.id, .name, .type, .aliases, .partOfId, measureIds: [(m:Measure)-[:ABOUT]->(e) | m.id]} AS entity
