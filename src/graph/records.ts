import type { EntityNode, MeasureNode, SourceNode } from '../curation/graph-rows.js';

/** Rows the graph queries return, after the runner turned Neo4j values into plain ones: the write side's rows, with what reads add. */
export interface ClaimRecord {
  id: string;
  kind: string;
  statement: string;
  subjectId: string;
  measureId: string | null;
  qualifier: string | null;
  amount: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  unit: string | null;
  currency: string | null;
  timeStart: string | null;
  timeEnd: string | null;
  timePrecision: string | null;
  timePart: string | null;
  timeLabel: string | null;
  derivation: string | null;
  eventKey: string | null;
  role: string | null;
  members: string[] | null;
  category: string | null;
  note: string | null;
  supportStatus: string;
  supportReason: string;
  contested: boolean;
  retracted: boolean;
  retractedReason: string | null;
  retractedBy: string | null;
  retractedAt: string | null;
  citationIds: string[];
  derivedFromIds: string[];
  /** Who made a pledge or delivery together, when its subject did not (docs/seed-format.md); empty otherwise. */
  madeByIds: string[];
  /** The entity each of `members` names, in the same order. */
  memberIds: string[];
  corroboratedByIds: string[];
  conflictIds: string[];
}

/** What a conflict's summary says of one claim of its first pair (cypher/conflicts/summary-side). */
export interface SummarySide extends Pick<ClaimRecord, 'id' | 'derivation'> {
  derivedFromCount: number;
  /** The source of its first citation, in source and text order; null for a derivation. */
  quoted: { sourceId: string; title: string; publisher: string | null } | null;
}

export interface CitationRecord {
  id: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  section: string;
  claimIds: string[];
  attributedToId: string | null;
  attributedToKind: 'Source' | 'Entity' | null;
}

/** A source as the write side stores it (graph-rows.ts), without its text, which can be large. */
export interface SourceRecord extends Omit<SourceNode, 'text'> {
  textLength: number | null;
  /** Null when the query that read it was not asked for it (a root query's walk); claimCountOf loads it then. */
  claimCount: number | null;
}

export interface ReferenceRecord {
  number: number;
  retrieved: string | null;
  quote: string;
  start: number;
  end: number;
  citingId: string;
  citedId: string;
}

/** Every reference-list entry touching one source (cypher/sources/references-record). */
export interface ReferencesRecord {
  sourceId: string;
  cites: ReferenceRecord[];
  citedBy: ReferenceRecord[];
}

/** The text around a citation's quote, `chars` characters each side (cypher/citations/citation-context). */
export interface ContextRecord {
  id: string;
  chars: number;
  context: string;
}

export interface EntityRecord extends EntityNode {
  measureIds: string[];
}

export interface MeasureRecord extends MeasureNode {
  /** Null when the query that read it was not asked for it (a root query's walk); seriesOf loads it then. */
  seriesIds: string[] | null;
  /** The measures declared the sum of this one and others (this one is their part). */
  partOfIds: string[];
  conflictIds: string[];
}

export interface ConflictRecord {
  id: string;
  measureId: string;
  kinds: string[];
  severity: 'CONFLICT' | 'TENSION';
  claimIds: string[];
  findingRules: string[];
  findingSeverities: ('CONFLICT' | 'TENSION')[];
  findingKinds: string[];
  findingReasons: string[];
  findingClaimA: string[];
  findingClaimB: string[];
  /** Null for a conflict stored before the assessment stored summaries (graph/conflict-summary.ts composes it then). */
  summary: string | null;
}

/** One page of ids from a list query, with the key each was sorted by (for its cursor). */
export interface PageRow<Key> {
  total: number;
  page: { id: string; key: Key }[];
}

/**
 * A page whose total may be counted later, by a query of its own, only if a client asks for it:
 * where counting costs more than reading the page.
 */
export interface Page<Key> {
  total: number | (() => Promise<number>);
  page: { id: string; key: Key }[];
}

/** One entry of a claim's history (cypher/claims/claim-history). */
export interface HistoryRecord {
  activityId: string;
  activity: string;
  at: string;
  agent: string;
  agentKind: string;
  change: 'CREATED' | 'UPDATED' | 'RETRACTED';
  fields: string[];
  previous: string | null;
  reason: string | null;
}

/** One write of the history (cypher/activities/activities-by-ids). */
export interface ActivityRecord {
  id: string;
  kind: string;
  at: string;
  agent: string;
}
