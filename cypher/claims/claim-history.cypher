// Claims' histories by id: every activity that created, revised or retracted each claim, oldest
// first, with its agent (who), time (when) and what it changed.
UNWIND $ids AS id
MATCH (c:Claim {id: id}) USING INDEX c:Claim(id)
RETURN id, COLLECT {
  MATCH (c)-[r:WAS_GENERATED_BY|WAS_REVISED_BY|WAS_INVALIDATED_BY]->(a:Activity)-[:WAS_ASSOCIATED_WITH]->(agent:Agent)
  WITH r, a, agent ORDER BY a.at, a.id
  RETURN {
    activityId: a.id, activity: a.kind, at: a.at, agent: agent.name, agentKind: agent.kind,
    change: CASE type(r) WHEN 'WAS_GENERATED_BY' THEN 'CREATED' WHEN 'WAS_REVISED_BY' THEN 'UPDATED' ELSE 'RETRACTED' END,
    fields: coalesce(r.fields, []), previous: r.previous, reason: r.reason
  }
} AS history
