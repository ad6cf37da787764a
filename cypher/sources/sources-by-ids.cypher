// Sources by id, without their text (which can be large), with its length and their claim count (retracted claims left out).
UNWIND $ids AS id
MATCH (s:Source {id: id}) USING INDEX s:Source(id)
RETURN s {
  .id, .kind, .title, .publisher, .authors, .published, .url, .language, .license, .snapshot, .note, .sha256,
  textLength: size(s.text),
  claimCount: COUNT { MATCH (s)<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) WHERE NOT c:Retracted RETURN DISTINCT c }
} AS source
