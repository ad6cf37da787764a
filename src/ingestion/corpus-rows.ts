/** The corpus as rows ready for the write queries in cypher/seed/: one row type per query. */

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface MeasureRow {
  id: string;
  name: string;
  unit: string;
  description: string;
  subjectId: string;
  aspect: string | null;
}

export interface SourceRow {
  id: string;
  kind: 'document' | 'work';
  title: string;
  publisher: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  language: string | null;
  license: string | null;
  snapshot: string | null;
  note: string | null;
  text: string | null;
  sha256: string | null;
}

/** One numbered entry of a document's reference list: the document CITES the work. */
export interface CitesRow {
  fromId: string;
  toId: string;
  number: number;
  retrieved: string | null;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface ClaimRow {
  id: string;
  kind: string;
  statement: string;
  subjectId: string;
  measureId: string | null;
  qualifier: string | null;
  amount: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  currency: string | null;
  timeStart: string | null;
  timeEnd: string | null;
  timePrecision: string | null;
  timePart: string | null;
  timeLabel: string | null;
  derivation: string | null;
  note: string | null;
  derivedFromIds: string[];
}

/** A claim row with what the conflict rules concluded about it. */
export interface AssessedClaimRow extends ClaimRow {
  supportStatus: string;
  supportReason: string;
  contested: boolean;
  corroboratedByIds: string[];
}

/** A conflict group, with its findings as parallel lists (Neo4j properties hold no nested maps). */
export interface ConflictRow {
  id: string;
  measureId: string;
  kinds: string[];
  claimIds: string[];
  findingRules: string[];
  findingKinds: string[];
  findingReasons: string[];
  findingClaimA: string[];
  findingClaimB: string[];
}

export interface CitationRow {
  id: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  section: string;
  attributedToId: string | null;
  claimIds: string[];
}

export interface CorpusRows {
  entities: EntityRow[];
  measures: MeasureRow[];
  sources: SourceRow[];
  cites: CitesRow[];
  claims: ClaimRow[];
  citations: CitationRow[];
}
