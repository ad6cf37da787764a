// One page of claims per entity (claims/subject-claims): Entity.claims for every entity of a list in
// one round trip, however many entities the list holds. Each page starts after its own cursor
// ($requests: {subject, afterKey, afterId, limit}).
UNWIND $requests AS r
// include: claims/subject-claims
RETURN r.subject AS subject, r.afterKey AS afterKey, r.afterId AS afterId, r.limit AS limit, total, page
