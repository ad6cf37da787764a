// Auth: the stored hash and grant of one token, found by its public id through the api_token_id
// uniqueness constraint's index (a unique seek, never a scan of all tokens): one round trip per
// authenticated request. The caller compares hashes in constant time and refuses revoked tokens.
MATCH (t:ApiToken {id: $id})
RETURN t.name AS name, t.permission AS permission, t.hash AS hash, t.revokedAt IS NOT NULL AS revoked
