// Entities by id.
UNWIND $ids AS id
MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
// include: entities/entity-record
