// Curation: a document's numbered reference list, one CITES relationship per number, with the
// entry's printed text and its place in the citing document.
UNWIND $rows AS row
MATCH (citing:Source {id: row.fromId})
MATCH (cited:Source {id: row.toId})
WITH row, citing, cited, toInteger(row.number) AS number
MERGE (citing)-[r:CITES {number: number}]->(cited)
ON CREATE SET r.origin = $origin
SET r.key = row.fromId + '#' + toString(number), r.retrieved = row.retrieved, r.quote = row.quote,
    r.start = toInteger(row.start), r.end = toInteger(row.end), r.prefix = row.prefix, r.suffix = row.suffix
