import { namedQuery } from '../database/named-query.js';
import type { AssessedClaimRow, CitationRow, CitesRow, ConflictRow, EntityRow, MeasureRow, SourceRow } from './corpus-rows.js';

/** The loader's write queries, one per kind of row, each idempotent (MERGE by id, SET in place). */
export const seedWrites = {
  entities: namedQuery<{ rows: EntityRow[] }, never>('seed/upsert-entities'),
  measures: namedQuery<{ rows: MeasureRow[] }, never>('seed/upsert-measures'),
  sources: namedQuery<{ rows: SourceRow[] }, never>('seed/upsert-sources'),
  cites: namedQuery<{ rows: CitesRow[] }, never>('seed/upsert-cites'),
  claims: namedQuery<{ rows: AssessedClaimRow[] }, never>('seed/upsert-claims'),
  claimLinks: namedQuery<{ rows: AssessedClaimRow[] }, never>('seed/link-claims'),
  citations: namedQuery<{ rows: CitationRow[] }, never>('seed/upsert-citations'),
  conflicts: namedQuery<{ rows: ConflictRow[] }, never>('seed/upsert-conflicts'),
};
