// A source's record (SourceRecord) for the bound `s`, without its text (which can be large), with its length and its claim count (retracted claims left out).
RETURN s {
  .id, .kind, .title, .publisher, .authors, .published, .url, .language, .license, .snapshot, .note, .sha256,
  textLength: size(s.text),
  claimCount: COUNT { MATCH (s)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) WHERE NOT c:Retracted RETURN DISTINCT c }
} AS source
