// Bench: the memory settings the server runs with, as it reports them (the heap is a JVM flag: -Xmx).
SHOW SETTINGS YIELD name, value
WHERE name IN ['server.memory.pagecache.size', 'db.memory.transaction.total.max']
RETURN name, value
