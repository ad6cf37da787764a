// Curation: the activity a client's idempotency key names, with the hash of its input and its answer.
MATCH (a:Activity {idempotencyKey: $idempotencyKey})
RETURN a.id AS id, a.inputHash AS inputHash, a.answer AS answer
