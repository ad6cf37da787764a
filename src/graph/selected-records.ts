import { decodedQuery, type NamedQuery } from '../database/named-query.js';
import type { GraphLoaders } from './graph-loaders.js';
import { EVERY_PROPERTY, type RecordProperties } from './record-properties.js';
import { citationRecord, claimRecord, conflictRecord, entityRecord, measureRecord, sourceRecord } from './record-values.js';
import type { CitationRecord, ClaimRecord, ConflictRecord, ContextRecord, EntityRecord, MeasureRecord, ReferencesRecord, SourceRecord, SummarySide } from './records.js';

/**
 * Which steps of cypher/graph/selected-records.part.cypher a root query takes: what a request
 * selects around the root's nodes, read in the root's round trip. Each flag says one kind of
 * neighbour is asked for somewhere in the selection; `contextChars` is the one width of every
 * `Citation.context` asked for (0: none, or several widths, left to the loader).
 */
export interface RecordSelection {
  conflictMeasures: boolean;
  measureConflicts: boolean;
  /** A measure's series: its claims, and the measure records' seriesIds (which read every claim of the measure). */
  measureSeries: boolean;
  conflictClaims: boolean;
  /** What a conflict summary says of its first pair of claims (SummarySide); not their records, nor the rest of the group. */
  conflictSummaries: boolean;
  /** The claims of the root citations (a source's first citations, a verified citation). */
  citationClaims: boolean;
  derivedFrom: boolean;
  corroboratedBy: boolean;
  claimMeasures: boolean;
  claimCitations: boolean;
  citationSources: boolean;
  originators: boolean;
  references: boolean;
  referencedSources: boolean;
  /** Whether the sources read count their claims (SourceRecord.claimCount): the count reads every citation of each source. */
  sourceClaimCounts: boolean;
  contextChars: number;
  /** For a list of entities (cypher/entities/entity-page): their measures, and the size of the first page of their claims (0: none). */
  entityMeasures: boolean;
  entityClaims: number;
  /** For the pledges list (cypher/pledges/pledges-by-contributor): the total, the entries' claims, and the contributors, parts and makers. */
  contributorTotal: boolean;
  pledgeClaims: boolean;
  pledgeEntities: boolean;
  /** For one source (cypher/graph/root-by-id): how many of its first citations to read (0: none). */
  sourceCitations: number;
  /** For the verification of one citation (cypher/citations/verification-material): its record. */
  checkedCitations: boolean;
  /** Which properties of the claims, citations and sources read to put in their records (the rest read as null). */
  properties: RecordProperties;
}

/** The roots' own records and nothing around them: for readers that do not answer a GraphQL selection. */
export const ROOTS_ONLY: RecordSelection = {
  conflictMeasures: false,
  measureConflicts: false,
  measureSeries: false,
  conflictClaims: false,
  conflictSummaries: false,
  citationClaims: false,
  derivedFrom: false,
  corroboratedBy: false,
  claimMeasures: false,
  claimCitations: false,
  citationSources: false,
  originators: false,
  references: false,
  referencedSources: false,
  sourceClaimCounts: false,
  contextChars: 0,
  entityMeasures: false,
  entityClaims: 0,
  contributorTotal: false,
  pledgeClaims: false,
  pledgeEntities: false,
  sourceCitations: 0,
  checkedCitations: false,
  properties: EVERY_PROPERTY,
};

/** What a list query reads around the first `shown` items of its page, for these loaders. */
export interface ReadAround {
  loaders: GraphLoaders;
  select: RecordSelection;
  shown: number;
}

/** The parameters of a list query that reads around its page (cypher/graph/selected-records.part.cypher). */
export interface SelectedAround {
  select: RecordSelection;
  shown: number;
}

/** The records a root query read, by kind, in the shapes the batch loaders return. */
export interface SelectedRecords {
  claims: ClaimRecord[];
  citations: CitationRecord[];
  contexts: ContextRecord[];
  sources: SourceRecord[];
  references: ReferencesRecord[];
  entities: EntityRecord[];
  measures: MeasureRecord[];
  conflicts: ConflictRecord[];
  summarySides: SummarySide[];
}

/**
 * A root query: one whose row holds the records its walk read (cypher/graph/selected-records.part),
 * of which claims, citations, sources, measures, entities and conflicts come as lists of values
 * (record-values.ts).
 */
export function rootQuery<Params, Row extends { records: SelectedRecords }>(name: string): NamedQuery<Params, Row> {
  return decodedQuery<Params, Row>(name, (row) => {
    const records = row.records as Record<keyof SelectedRecords, unknown[]>;
    records.claims = records.claims.map(claimRecord);
    records.citations = records.citations.map(citationRecord);
    records.sources = records.sources.map(sourceRecord);
    records.measures = records.measures.map(measureRecord);
    records.entities = records.entities.map(entityRecord);
    records.conflicts = records.conflicts.map(conflictRecord);
    return row as Row;
  });
}

/**
 * Puts what a root query read into this request's batch loaders, so the nested resolvers find it
 * there without a round trip of their own; what it did not read they still load in batches.
 */
export function primeLoaders(loaders: GraphLoaders, records: SelectedRecords): void {
  for (const c of records.claims) loaders.claim.prime(c.id, c);
  for (const q of records.citations) loaders.citation.prime(q.id, q);
  for (const x of records.contexts) loaders.citationContext.prime({ id: x.id, chars: x.chars }, x.context);
  for (const s of records.sources) loaders.source.prime(s.id, s);
  for (const r of records.references) loaders.referencesOfSource.prime(r.sourceId, { cites: r.cites, citedBy: r.citedBy });
  for (const e of records.entities) loaders.entity.prime(e.id, e);
  for (const m of records.measures) loaders.measure.prime(m.id, m);
  for (const x of records.conflicts) loaders.conflict.prime(x.id, x);
  for (const side of records.summarySides) loaders.summarySide.prime(side.id, side);
}
