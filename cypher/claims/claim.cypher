// One claim by id, with what the request's selection asks for around it (graph/selected-records).
WITH [$id] AS rootClaims, [] AS rootMeasures, [] AS rootConflicts, [] AS rootSources, [] AS rootEntities, [] AS rootCitations
// include: graph/selected-records
RETURN records
