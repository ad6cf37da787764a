// Auth: stores a new API token. Only the SHA-256 of its secret is kept, never the secret, so a
// copy of the graph cannot be used to sign in. The api_token_id and api_token_name constraints
// (migration 008) refuse a second token with the same id or name; src/auth/api-tokens.ts turns
// that refusal into a message. revokedAt starts null (unset): a token is valid until revoked.
CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, permission: $permission, createdAt: datetime(), revokedAt: null})
RETURN t.id AS id, t.name AS name, t.permission AS permission, t.createdAt AS createdAt, t.revokedAt AS revokedAt
