// Curation: countries, organizations, people, funds and places, created or updated in place.
// The seed loader ($origin 'seed') never overwrites what a curator wrote; curators' writes are
// checked by the write side before they get here.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.origin = $origin
WITH e, row WHERE coalesce(e.origin, 'seed') = $origin OR $origin = 'curation'
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.origin = $origin,
    // The order of entity pages, by name (as migration 006 computes it).
    e.sortKey = toLower(row.name) + '\u0001' + row.id,
    // What entity search looks in (migration 012).
    e.searchText = toLower(reduce(text = row.name, alias IN row.aliases | text + '\n' + alias))
