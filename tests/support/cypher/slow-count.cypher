// A read that runs for many seconds on any machine: for the transaction timeout's test.
UNWIND range(1, 2000000000) AS n
RETURN count(n) AS total
