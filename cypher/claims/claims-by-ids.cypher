// Claims by id.
UNWIND $ids AS id
MATCH (c:Claim {id: id}) USING INDEX c:Claim(id)
WITH c, null AS props
// include: claims/claim-record
