// Curation: the reference lists of documents known to be new, one CITES relationship per number,
// as write-cites writes them, created without looking for the entry first.
UNWIND $rows AS row
MATCH (citing:Source {id: row.fromId})
MATCH (cited:Source {id: row.toId})
CREATE (citing)-[:CITES {
  number: toInteger(row.number), origin: $origin, key: row.fromId + '#' + toString(toInteger(row.number)), retrieved: row.retrieved,
  quote: row.quote, start: toInteger(row.start), end: toInteger(row.end), prefix: row.prefix, suffix: row.suffix
}]->(cited)
