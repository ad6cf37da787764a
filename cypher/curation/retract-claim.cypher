// Curation: a claim a curator withdraws stays in the graph, labelled Retracted with the reason, who
// and when (as Wikidata deprecates a statement rather than deleting it); lists leave it out unless
// asked, and the assessment counts it in no conflict or corroboration. It is the curators' now:
// the seed loader will not bring it back.
MATCH (c:Claim {id: $id})
SET c:Retracted, c.retractedReason = $reason, c.retractedBy = $by, c.retractedAt = datetime($at), c.origin = 'curation'
