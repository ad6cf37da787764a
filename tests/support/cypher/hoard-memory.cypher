// Tests: a query that holds more than Neo4j's cap on query memory (db.memory.transaction.total.max,
// 256 MiB in the project's Neo4j): fifty million integers in one list.
UNWIND range(1, 50000000) AS i
WITH collect(i) AS numbers
RETURN size(numbers) AS total
