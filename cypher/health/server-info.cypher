// The server's version and the newest schema migration applied: one cheap round trip.
CALL dbms.components() YIELD name, versions
WHERE name = 'Neo4j Kernel'
OPTIONAL MATCH (m:SchemaMigration)
RETURN versions[0] AS version, coalesce(max(m.version), 0) AS schemaVersion
