// Seed: countries, organizations, people, funds and places, created or updated in place.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases
