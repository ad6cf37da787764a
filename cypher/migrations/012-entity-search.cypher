// Entity search finds a case-insensitive part of a name or an alias. A text index (trigrams) answers
// CONTAINS on one string property, not on a list or on toLower(...), so each entity keeps its name
// and aliases lowercased and joined by newlines in searchText (the writer sets it, write-entities;
// entities loaded before get it here): a search reads the entities it finds, not every entity.
CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
MATCH (e:Entity) WHERE e.searchText IS NULL
CALL (e) {
  SET e.searchText = toLower(reduce(text = e.name, alias IN coalesce(e.aliases, []) | text + '\n' + alias))
} IN TRANSACTIONS OF 10000 ROWS;
