// An entity's record (EntityRecord) for the bound `e`, with the ids of the measures about it.
RETURN e {.id, .name, .type, .aliases, measureIds: [(m:Measure)-[:ABOUT]->(e) | m.id]} AS entity
