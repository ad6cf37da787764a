// Bench: empties the database before a graph of another size or generator version is written
// (batched, so that a million claims never sit in one transaction). Migrations stay applied.
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
