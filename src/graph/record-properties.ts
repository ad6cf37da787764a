import type { CitationRecord, ClaimRecord, ConflictRecord, EntityRecord, MeasureRecord, SourceRecord } from './records.js';

/**
 * The properties of the records a root query's walk may leave out: each record part
 * (cypher/claims/claim-record and the others) reads one of them only when its bound `props` says
 * so, and null otherwise. The ids a record is found by and links through (every record's `id`, a
 * citation's `sourceId`) and a source's `kind` (it tells an originator's type) always come, and so
 * do a source's claim count and a measure's series, which flags of their own govern.
 * Each kind's stored properties (STORED: node properties of the same name) come first; a part reads
 * them by name from `props.stored` (`[k IN props.stored | c[k]]`, one property read each, where a
 * CASE per property cost Neo4j an evaluation of each for every record); the rest are computed from
 * links or labels, each behind a CASE of its own.
 */
export const CLAIM_STORED = [
  'kind', 'statement', 'subjectId', 'measureId', 'qualifier', 'amount', 'valueLow', 'valueHigh', 'unit', 'currency',
  'timeStart', 'timeEnd', 'timePrecision', 'timePart', 'timeLabel', 'derivation', 'eventKey', 'role', 'members', 'category', 'note',
  'supportStatus', 'supportReason', 'contested', 'retractedReason', 'retractedBy', 'retractedAt',
] as const satisfies readonly (keyof ClaimRecord)[];
export const CLAIM_PROPERTIES = [
  ...CLAIM_STORED, 'retracted', 'citationIds', 'derivedFromIds', 'madeByIds', 'memberIds', 'corroboratedByIds', 'conflictIds',
] as const satisfies readonly (keyof ClaimRecord)[];

export const CITATION_STORED = ['quote', 'start', 'end', 'prefix', 'suffix', 'section'] as const satisfies readonly (keyof CitationRecord)[];
export const CITATION_PROPERTIES = [...CITATION_STORED, 'claimIds', 'attributedToId', 'attributedToKind'] as const satisfies readonly (keyof CitationRecord)[];

export const SOURCE_STORED = [
  'title', 'publisher', 'authors', 'published', 'url', 'language', 'license', 'snapshot', 'note', 'sha256',
] as const satisfies readonly (keyof SourceRecord)[];
export const SOURCE_PROPERTIES = [...SOURCE_STORED, 'textLength'] as const satisfies readonly (keyof SourceRecord)[];

export const MEASURE_STORED = ['name', 'unit', 'description', 'aspect', 'subjectId'] as const satisfies readonly (keyof MeasureRecord)[];
export const MEASURE_PROPERTIES = [...MEASURE_STORED, 'sumOfIds', 'partOfIds', 'flowIds', 'conflictIds'] as const satisfies readonly (keyof MeasureRecord)[];

export const ENTITY_STORED = ['name', 'type', 'aliases', 'partOfId'] as const satisfies readonly (keyof EntityRecord)[];
export const ENTITY_PROPERTIES = [...ENTITY_STORED, 'measureIds'] as const satisfies readonly (keyof EntityRecord)[];

export const CONFLICT_STORED = [
  'measureId', 'kinds', 'severity', 'claimIds', 'findingRules', 'findingSeverities', 'findingKinds', 'findingReasons', 'findingClaimA', 'findingClaimB', 'summary',
] as const satisfies readonly (keyof ConflictRecord)[];
export const CONFLICT_PROPERTIES = CONFLICT_STORED;

const STORED = {
  claim: CLAIM_STORED,
  citation: CITATION_STORED,
  source: SOURCE_STORED,
  measure: MEASURE_STORED,
  entity: ENTITY_STORED,
  conflict: CONFLICT_STORED,
};

const PROPERTIES = {
  claim: CLAIM_PROPERTIES,
  citation: CITATION_PROPERTIES,
  source: SOURCE_PROPERTIES,
  measure: MEASURE_PROPERTIES,
  entity: ENTITY_PROPERTIES,
  conflict: CONFLICT_PROPERTIES,
};
type RecordKind = keyof typeof PROPERTIES;
type PropertyOf<K extends RecordKind> = (typeof PROPERTIES)[K][number];

export type ClaimProperty = PropertyOf<'claim'>;
export type CitationProperty = PropertyOf<'citation'>;
export type SourceProperty = PropertyOf<'source'>;
export type MeasureProperty = PropertyOf<'measure'>;
export type EntityProperty = PropertyOf<'entity'>;
export type ConflictProperty = PropertyOf<'conflict'>;

type StoredOf<K extends RecordKind> = (typeof STORED)[K][number];

/**
 * Which properties of each kind of record a walk reads: `stored`, the kind's STORED list with null
 * for each not read (the part reads `c[null]`, which is null), and a flag for each of the others.
 * The stored ones have no flag of their own: every root query sends this, and their flags were
 * half its bytes with nothing in Cypher reading them.
 */
export type RecordProperties = { [K in RecordKind]: Record<Exclude<PropertyOf<K>, StoredOf<K>>, boolean> & { stored: (StoredOf<K> | null)[] } };

// Every property is in its list but the ones that always come: a property added to a record and
// not to its list fails to compile here (and would read as null from every walk).
type Unlisted<R, Listed, Always extends keyof R> = Exclude<keyof R, Listed | Always>;
const everyPropertyListed: [
  Unlisted<ClaimRecord, ClaimProperty, 'id'>,
  Unlisted<CitationRecord, CitationProperty, 'id' | 'sourceId'>,
  Unlisted<SourceRecord, SourceProperty, 'id' | 'kind' | 'claimCount'>,
  Unlisted<MeasureRecord, MeasureProperty, 'id' | 'seriesIds'>,
  Unlisted<EntityRecord, EntityProperty, 'id'>,
  Unlisted<ConflictRecord, ConflictProperty, 'id'>,
] extends [never, never, never, never, never, never]
  ? true
  : never = true;
void everyPropertyListed;

/** Properties named by `read`, of each kind. */
export function recordProperties(read: { [K in RecordKind]: (p: PropertyOf<K>) => boolean }): RecordProperties {
  const kinds = Object.keys(PROPERTIES) as RecordKind[];
  return Object.fromEntries(
    kinds.map((kind) => {
      const reads = read[kind] as (p: string) => boolean;
      const stored: readonly string[] = STORED[kind];
      const flags = Object.fromEntries(PROPERTIES[kind].filter((name) => !stored.includes(name)).map((name) => [name, reads(name)]));
      return [kind, { ...flags, stored: stored.map((name) => (reads(name) ? name : null)) }];
    }),
  ) as RecordProperties;
}

const every = () => true;
/** Every property: for readers that do not answer a GraphQL selection (the audit pages, exports). */
export const EVERY_PROPERTY: RecordProperties = recordProperties({ claim: every, citation: every, source: every, measure: every, entity: every, conflict: every });
