// Claims about one event (their eventKey, docs/seed-format.md) are reassessed together: the write
// side finds them through this index, not by reading every claim.
CREATE INDEX claim_event_key IF NOT EXISTS FOR (n:Claim) ON (n.eventKey);
