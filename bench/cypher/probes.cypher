// Bench: what the claims variants filter on at this size: counts of synthetic measures and documents
// (ids are numbered, so the middle one is known), and synthetic countries with a one-word name (a
// free-text term that matches their claims, not half the graph).
RETURN COUNT { MATCH (m:Measure) WHERE m.id STARTS WITH 'syn-measure-' } AS measures,
       COUNT { MATCH (s:Source) WHERE s.id STARTS WITH 'syn-doc-' } AS documents,
       COLLECT { MATCH (e:Entity) WHERE e.id STARTS WITH 'syn-entity-' AND e.type = 'country' AND NOT e.name CONTAINS ' ' RETURN e {.id, .name} ORDER BY e.id } AS countries
