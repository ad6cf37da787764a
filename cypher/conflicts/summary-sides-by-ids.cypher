// What conflict summaries say of claims, by claim id (conflicts/summary-side).
UNWIND $ids AS id
MATCH (c:Claim {id: id}) USING INDEX c:Claim(id)
// include: conflicts/summary-side
