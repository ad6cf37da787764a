// Claims by id.
UNWIND $ids AS id
MATCH (c:Claim {id: id}) USING INDEX c:Claim(id)
// include: claims/claim-record
