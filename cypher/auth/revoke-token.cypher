// Auth: revokes one token, named by its public id or by its name (each looked up through its
// uniqueness constraint's index). A name may happen to spell another token's id; the id wins, as
// it is the unambiguous handle `npm run token -- list` shows. Revoking twice keeps the first
// revokedAt. No row: no such token. The node stays and keeps its name taken: curation records its
// writes under an Agent merged by token name, so a new token reusing the name would inherit them.
OPTIONAL MATCH (byId:ApiToken {id: $key})
OPTIONAL MATCH (byName:ApiToken {name: $key})
WITH coalesce(byId, byName) AS t
WHERE t IS NOT NULL
WITH t, t.revokedAt IS NOT NULL AS wasRevoked
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t.id AS id, t.name AS name, t.permission AS permission, t.createdAt AS createdAt, t.revokedAt AS revokedAt, wasRevoked
