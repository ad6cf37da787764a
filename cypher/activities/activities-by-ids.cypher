// Activities (the history's writes) by id, with their agent's name.
UNWIND $ids AS id
MATCH (a:Activity {id: id})-[:WAS_ASSOCIATED_WITH]->(agent:Agent)
RETURN a { .id, .kind, at: toString(a.at), agent: agent.name } AS activity
