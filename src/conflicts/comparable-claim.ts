import type { ClaimValue } from '../model/claim-value.js';

/** What the conflict rules know of a claim: its measure, value, time, and who states it. */
export interface ComparableClaim {
  id: string;
  measureId: string;
  /** The measure's unit; 'date' measures compare times, all others compare values. */
  unit: string;
  value: ClaimValue | null;
  time: { start: string | null; end: string | null; label: string | null } | null;
  /** The sources whose text states the claim (for a derived claim, those of its parts). */
  sourceIds: string[];
  derived: boolean;
}

/** Which sources cite which, transitively: a source that cites another is not independent of it. */
export type CitationClosure = ReadonlyMap<string, ReadonlySet<string>>;

export type ConflictKind = 'BETWEEN_SOURCES' | 'WITHIN_SOURCE' | 'DERIVED_VS_STATED';

/** One incompatibility a rule found between two claims of a measure. */
export interface ConflictFinding {
  rule: string;
  kind: ConflictKind;
  claimIds: [string, string];
  reason: string;
}

/** A rule is a pure function of two claims of the same measure; null when it finds nothing. */
export type ConflictRule = (a: ComparableClaim, b: ComparableClaim, closure: CitationClosure) => ConflictFinding | null;
