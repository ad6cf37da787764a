// Free-text search over what claims say and what sources say in their own words.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim|Citation) ON EACH [n.statement, n.quote];
