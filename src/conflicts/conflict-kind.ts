import type { CitationClosure, ComparableClaim, ConflictKind } from './comparable-claim.js';

/** A derived total against a stated one; else one source against itself; else two sources. */
export function conflictKind(a: ComparableClaim, b: ComparableClaim): ConflictKind {
  if (a.derived !== b.derived) return 'DERIVED_VS_STATED';
  if (a.sourceIds.some((s) => b.sourceIds.includes(s))) return 'WITHIN_SOURCE';
  return 'BETWEEN_SOURCES';
}

/** Two claims are independent when no source of one is, cites, or is cited by a source of the other. */
export function independent(a: ComparableClaim, b: ComparableClaim, closure: CitationClosure): boolean {
  return a.sourceIds.every((s) =>
    b.sourceIds.every((t) => s !== t && !closure.get(s)?.has(t) && !closure.get(t)?.has(s)),
  );
}
