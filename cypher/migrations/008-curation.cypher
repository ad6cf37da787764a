// Curation: who may write (API tokens, found by their public id), who wrote what (PROV activities
// and agents), and idempotent replays (an activity found by its client's idempotency key).
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_name IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_idempotency_key IF NOT EXISTS FOR (n:Activity) REQUIRE n.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT agent_name IF NOT EXISTS FOR (n:Agent) REQUIRE n.name IS UNIQUE;
