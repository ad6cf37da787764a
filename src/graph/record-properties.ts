import type { CitationRecord, ClaimRecord, MeasureRecord, SourceRecord } from './records.js';

/**
 * The properties of claim, citation, source and measure records a root query's walk may leave out:
 * each record part (cypher/claims/claim-record and the others) reads one of them only when its
 * bound `props` says so, and null otherwise. The ids a record is found by and links through (a
 * claim's and citation's `id` and `sourceId`, a source's and measure's `id`) and a source's `kind`
 * (it tells an originator's type) always come, and so do a source's claim count and a measure's
 * series, which flags of their own govern.
 */
export const CLAIM_PROPERTIES = [
  'kind', 'statement', 'subjectId', 'measureId', 'qualifier', 'amount', 'valueLow', 'valueHigh', 'unit', 'currency',
  'timeStart', 'timeEnd', 'timePrecision', 'timePart', 'timeLabel', 'derivation', 'eventKey', 'role', 'members', 'category', 'note',
  'supportStatus', 'supportReason', 'contested', 'retracted', 'retractedReason', 'retractedBy', 'retractedAt',
  'citationIds', 'derivedFromIds', 'madeByIds', 'memberIds', 'corroboratedByIds', 'conflictIds',
] as const satisfies readonly (keyof ClaimRecord)[];

export const CITATION_PROPERTIES = ['quote', 'start', 'end', 'prefix', 'suffix', 'section', 'claimIds', 'attributedToId', 'attributedToKind'] as const satisfies readonly (keyof CitationRecord)[];

export const SOURCE_PROPERTIES = [
  'title', 'publisher', 'authors', 'published', 'url', 'language', 'license', 'snapshot', 'note', 'sha256', 'textLength',
] as const satisfies readonly (keyof SourceRecord)[];

export const MEASURE_PROPERTIES = ['name', 'unit', 'description', 'aspect', 'subjectId', 'sumOfIds', 'partOfIds', 'flowIds', 'conflictIds'] as const satisfies readonly (keyof MeasureRecord)[];

export type ClaimProperty = (typeof CLAIM_PROPERTIES)[number];
export type CitationProperty = (typeof CITATION_PROPERTIES)[number];
export type SourceProperty = (typeof SOURCE_PROPERTIES)[number];
export type MeasureProperty = (typeof MEASURE_PROPERTIES)[number];

/** Which properties of each kind of record a walk reads. */
export interface RecordProperties {
  claim: Record<ClaimProperty, boolean>;
  citation: Record<CitationProperty, boolean>;
  source: Record<SourceProperty, boolean>;
  measure: Record<MeasureProperty, boolean>;
}

// Every property is in its list but the ones that always come: a property added to a record and
// not to its list fails to compile here (and would read as null from every walk).
type Unlisted<R, Listed, Always extends keyof R> = Exclude<keyof R, Listed | Always>;
const everyPropertyListed: [
  Unlisted<ClaimRecord, ClaimProperty, 'id'>,
  Unlisted<CitationRecord, CitationProperty, 'id' | 'sourceId'>,
  Unlisted<SourceRecord, SourceProperty, 'id' | 'kind' | 'claimCount'>,
  Unlisted<MeasureRecord, MeasureProperty, 'id' | 'seriesIds'>,
] extends [never, never, never, never]
  ? true
  : never = true;
void everyPropertyListed;

function these<P extends string>(names: readonly P[], read: (name: P) => boolean): Record<P, boolean> {
  return Object.fromEntries(names.map((name) => [name, read(name)])) as Record<P, boolean>;
}

/** Properties named by `read`, of each kind. */
export function recordProperties(read: {
  claim: (p: ClaimProperty) => boolean;
  citation: (p: CitationProperty) => boolean;
  source: (p: SourceProperty) => boolean;
  measure: (p: MeasureProperty) => boolean;
}): RecordProperties {
  return {
    claim: these(CLAIM_PROPERTIES, read.claim),
    citation: these(CITATION_PROPERTIES, read.citation),
    source: these(SOURCE_PROPERTIES, read.source),
    measure: these(MEASURE_PROPERTIES, read.measure),
  };
}

/** Every property: for readers that do not answer a GraphQL selection (the audit pages, exports). */
export const EVERY_PROPERTY: RecordProperties = recordProperties({ claim: () => true, citation: () => true, source: () => true, measure: () => true });
