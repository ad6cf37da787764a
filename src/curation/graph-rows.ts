import type { Date as Neo4jDate } from 'neo4j-driver';
import type { AsOfClass } from './claim-node.js';

/**
 * The rows the write side hands to the queries in cypher/curation/: one row type per node kind,
 * its property names those of the node in the graph (and of the read side's records), so a claim
 * has one shape from the writer to Neo4j. The seed loader, the mutations and the CLI all write these.
 */

/** Who wrote a node: the seed loader owns what came from seed/, curators own the rest. */
export type Origin = 'seed' | 'curation';

export interface EntityNode {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  /** The entity this one is PART_OF (a department of its government), or null for a whole. */
  partOfId: string | null;
}

export interface MeasureNode {
  id: string;
  name: string;
  unit: string;
  description: string;
  subjectId: string;
  aspect: string | null;
  /** SUM_OF: the measures this one is declared the sum of. */
  sumOfIds: string[];
  /** HAS_FLOW: for a stock, the measures of its arrivals and departures. */
  flowIds: string[];
}

export interface SourceNode {
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

/** A claim's own properties, derived sort keys included (see claim-node.ts), as stored. */
export interface ClaimProperties {
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
  timeStart: Neo4jDate<number> | null;
  timeEnd: Neo4jDate<number> | null;
  timePrecision: string | null;
  timePart: string | null;
  timeLabel: string | null;
  derivation: string | null;
  /** The entities MADE_BY links point to: who made a pledge or delivery together, when the subject did not (empty otherwise). */
  madeByIds: string[];
  eventKey: string | null;
  /** 'stock', 'arrival' or 'departure' (see src/conflicts/comparable-claim.ts), or null. */
  role: string | null;
  /** The named set the claim states, as the text names its members (NAMES links each to its entity). */
  members: string[] | null;
  /** The value of a single-valued property ('yes'/'no', a status, a type), or null. */
  category: string | null;
  note: string | null;
  sortTime: Neo4jDate<number>;
  sortValue: number;
  sortTimeDesc: number;
  sortValueDesc: number;
  asOfClass: AsOfClass | null;
  origin: Origin;
  /** SHA-256 of what the writer was given: a replay of the same claim is recognised by it. */
  contentHash: string;
}

/** A claim as written: its properties, the claims it derives from, the citations that state it and the entities its members name. */
export interface ClaimNode {
  id: string;
  properties: ClaimProperties;
  derivedFromIds: string[];
  citationIds: string[];
  /** The entity each of `properties.members` names, in the same order. */
  memberIds: string[];
}

export interface CitationNode {
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

/** A conflict group, with its findings as parallel lists (Neo4j properties hold no nested maps). */
export interface ConflictNode {
  id: string;
  measureId: string;
  kinds: string[];
  /** CONFLICT when any finding is one, else TENSION. */
  severity: string;
  claimIds: string[];
  findingRules: string[];
  findingSeverities: string[];
  findingKinds: string[];
  findingReasons: string[];
  findingClaimA: string[];
  findingClaimB: string[];
  /** The group in one paragraph, both sides in their own words (conflicts/conflict-summary.ts). */
  summary: string;
}

/** What the conflict rules concluded about one claim. */
export interface SupportRow {
  id: string;
  supportStatus: string;
  supportReason: string;
  contested: boolean;
  corroboratedByIds: string[];
}

/** Everything one write puts in the graph, in the order the writer writes it. */
export interface GraphWrite {
  entities: EntityNode[];
  measures: MeasureNode[];
  sources: SourceNode[];
  cites: CitesRow[];
  claims: ClaimNode[];
  citations: CitationNode[];
}
