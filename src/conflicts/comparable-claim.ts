import type { ClaimValue } from '../model/claim-value.js';

/**
 * Whether a figure is a head count at a time or a change of it: arrivals and departures are
 * increments of a stock (personnel a contributor has deployed). A claim without a role is a figure
 * of its measure and is never read as a stock that persists or a flow that adds up.
 */
export type StockRole = 'stock' | 'arrival' | 'departure';

export interface ClaimTimeSpan {
  start: string | null;
  end: string | null;
  label: string | null;
}

/** What the conflict rules know of a claim: its measure, value, time, and who states it. */
export interface ComparableClaim {
  id: string;
  measureId: string;
  /** The measure's unit; 'date' measures compare times, all others compare values. */
  unit: string;
  value: ClaimValue | null;
  time: ClaimTimeSpan | null;
  /** The sources whose text states the claim (for a derived claim, those of its parts). */
  sourceIds: string[];
  derived: boolean;
  /** The source's words (a citation's quote), so a reason can quote them; else it writes the value. */
  quote?: string | null;
  /** Who the cited words come from ("according to Le Monde"): Source or Entity ids. Two claims repeating one originator are one voice. */
  attributedTo?: readonly string[] | null;
  /** A head count ('stock') or a change of one ('arrival', 'departure'); none for a plain figure. */
  role?: StockRole | null;
  /**
   * A named set the claim states (the countries that pledged), as the text names them; matched
   * member by member through the aliases the analysis is given. With role 'departure', the members
   * that withdrew.
   */
  members?: readonly string[] | null;
  /** The value of a single-valued property ('yes'/'no', a status, a type): two different values exclude each other. */
  category?: string | null;
}

/**
 * A claim about an event without a measure ("Kenyan police landed in Port-au-Prince"): what kind of
 * event, about whom (`eventKey`, e.g. 'arrival:first-contingent:mss'), and when.
 */
export type EventClaim = Pick<ComparableClaim, 'id' | 'time' | 'sourceIds' | 'derived' | 'quote' | 'attributedTo'> & { eventKey: string };

/** Which sources cite which, transitively: a source that cites another is not independent of it. */
export type CitationClosure = ReadonlyMap<string, ReadonlySet<string>>;

export type ConflictKind = 'BETWEEN_SOURCES' | 'WITHIN_SOURCE' | 'DERIVED_VS_STATED';

/**
 * CONFLICT: both claims cannot be true. TENSION: both can be true only under a strained reading,
 * which the finding's reason names (the undated figure is an older one; the smaller bound is loose).
 */
export type Severity = 'CONFLICT' | 'TENSION';

/** One incompatibility a rule found. */
export interface ConflictFinding {
  outcome: 'conflict';
  rule: string;
  kind: ConflictKind;
  severity: Severity;
  /** The claim that disagrees first, then what it disagrees with (a stock, then the arrivals it falls short of). */
  claimIds: [string, string, ...string[]];
  reason: string;
}

/** Two claims from independent voices that say the same thing. */
export interface Corroboration {
  outcome: 'corroboration';
  rule: string;
  claimIds: [string, string];
}

export type Finding = ConflictFinding | Corroboration;
