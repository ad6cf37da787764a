import { CITATION_PROPERTIES, CLAIM_PROPERTIES, CONFLICT_PROPERTIES, ENTITY_PROPERTIES, MEASURE_PROPERTIES, SOURCE_PROPERTIES } from './record-properties.js';
import type { CitationRecord, ClaimRecord, ConflictRecord, EntityRecord, MeasureRecord, SourceRecord } from './records.js';

/**
 * The order of the values in which records (claims, citations, sources, measures, entities and
 * conflicts) come from Neo4j: their parts
 * (cypher/claims/claim-record and the others) return each record as a list, not a map, so that
 * the keys do not travel with every record and the driver decodes values alone (a claims page's
 * answer was 29 KB as maps, 16 KB as lists). Each line of a part names the field it reads;
 * tests/graph/record-values.test.ts holds the parts to these lists.
 */
export const CLAIM_FIELDS = ['id', ...CLAIM_PROPERTIES] as const satisfies readonly (keyof ClaimRecord)[];
export const CITATION_FIELDS = ['id', 'sourceId', ...CITATION_PROPERTIES] as const satisfies readonly (keyof CitationRecord)[];
export const SOURCE_FIELDS = ['id', 'kind', ...SOURCE_PROPERTIES, 'claimCount'] as const satisfies readonly (keyof SourceRecord)[];
export const MEASURE_FIELDS = ['id', ...MEASURE_PROPERTIES, 'seriesIds'] as const satisfies readonly (keyof MeasureRecord)[];
export const ENTITY_FIELDS = ['id', ...ENTITY_PROPERTIES] as const satisfies readonly (keyof EntityRecord)[];
export const CONFLICT_FIELDS = ['id', ...CONFLICT_PROPERTIES] as const satisfies readonly (keyof ConflictRecord)[];

/** A record from the values its part returned, named by `fields`; a list of another length is a part out of step with them. */
function recordOf<T>(kind: string, fields: readonly string[]): (values: unknown) => T {
  return (values) => {
    if (!Array.isArray(values) || values.length !== fields.length) {
      throw new Error(`a ${kind} record came with ${Array.isArray(values) ? values.length : 'no'} values for its ${fields.length} fields: its part and ${kind.toUpperCase()}_FIELDS differ`);
    }
    const record: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) record[fields[i]!] = values[i];
    return record as T;
  };
}

export const claimRecord = recordOf<ClaimRecord>('claim', CLAIM_FIELDS);
export const citationRecord = recordOf<CitationRecord>('citation', CITATION_FIELDS);
export const sourceRecord = recordOf<SourceRecord>('source', SOURCE_FIELDS);
export const measureRecord = recordOf<MeasureRecord>('measure', MEASURE_FIELDS);
export const entityRecord = recordOf<EntityRecord>('entity', ENTITY_FIELDS);
export const conflictRecord = recordOf<ConflictRecord>('conflict', CONFLICT_FIELDS);

/** The row of a by-ids query (claims/claims-by-ids and the others): its one record, under `key`, named. */
export function byIdsRow<K extends string, T>(key: K, record: (values: unknown) => T): (row: Record<string, unknown>) => Record<K, T> {
  return (row) => ({ [key]: record(row[key]) }) as Record<K, T>;
}
