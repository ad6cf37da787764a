// Seed: which of the seed's ids a curator owns (added, corrected or retracted through curation):
// the seed loader leaves those nodes as the curator left them.
RETURN
  [id IN $claimIds WHERE EXISTS { MATCH (n:Claim {id: id}) WHERE n.origin = 'curation' }] AS claimIds,
  [id IN $entityIds WHERE EXISTS { MATCH (n:Entity {id: id}) WHERE n.origin = 'curation' }] AS entityIds,
  [id IN $measureIds WHERE EXISTS { MATCH (n:Measure {id: id}) WHERE n.origin = 'curation' }] AS measureIds,
  [id IN $sourceIds WHERE EXISTS { MATCH (n:Source {id: id}) WHERE n.origin = 'curation' }] AS sourceIds
