// A source's record (SourceRecord) for the bound `s`, without its text (which can be large), with its length and, when the bound
// `countClaims` is true, its claim count (retracted claims left out; null otherwise): the count reads every citation of the source.
RETURN s {
  .id, .kind, .title, .publisher, .authors, .published, .url, .language, .license, .snapshot, .note, .sha256,
  textLength: size(s.text),
  claimCount: CASE WHEN countClaims THEN COUNT { MATCH (s)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) WHERE NOT c:Retracted RETURN DISTINCT c } END
} AS source
