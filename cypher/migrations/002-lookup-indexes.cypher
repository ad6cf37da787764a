// Indexes behind the API's filters and sorts on claims: by kind, by time (as-of), by value.
// Measure, subject and source filters start from those nodes' id constraints and follow relationships.
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE INDEX claim_time_start IF NOT EXISTS FOR (n:Claim) ON (n.timeStart);
CREATE INDEX claim_kind_time IF NOT EXISTS FOR (n:Claim) ON (n.kind, n.timeStart);
CREATE INDEX claim_value IF NOT EXISTS FOR (n:Claim) ON (n.valueLow);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
