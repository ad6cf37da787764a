// Entities by id.
UNWIND $ids AS id
MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
WITH e, null AS props
// include: entities/entity-record
