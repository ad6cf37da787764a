// Seed: countries, organizations, people, funds and places, created or updated in place.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases,
    // The order of entity pages, by name (as migration 006 computes it).
    e.sortKey = toLower(row.name) + '\u0001' + row.id
