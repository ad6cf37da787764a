// Auth: every API token, oldest first, for the operator's list. Never returns the hash: the list
// is printed on terminals and may be pasted into tickets.
MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.permission AS permission, t.createdAt AS createdAt, t.revokedAt AS revokedAt
ORDER BY t.createdAt, t.name
