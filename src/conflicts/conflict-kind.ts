import type { CitationClosure, ComparableClaim, ConflictKind } from './comparable-claim.js';

type Sides = Pick<ComparableClaim, 'derived' | 'sourceIds'>;
type Voices = Pick<ComparableClaim, 'sourceIds' | 'attributedTo'>;

/** A derived total against a stated one; else one source against itself; else two sources. */
export function conflictKind(a: Sides, b: Sides): ConflictKind {
  if (a.derived !== b.derived) return 'DERIVED_VS_STATED';
  if (a.sourceIds.some((s) => b.sourceIds.includes(s))) return 'WITHIN_SOURCE';
  return 'BETWEEN_SOURCES';
}

/** The other side of a finding that sets one claim against several: derived if any is, stated by all their sources. */
export function together(claims: readonly Sides[]): Sides {
  return { derived: claims.some((c) => c.derived), sourceIds: [...new Set(claims.flatMap((c) => c.sourceIds))] };
}

/**
 * Two claims are independent when no voice of one is, cites, or is cited by a voice of the other.
 * A claim's voices are the sources that state it and the originators it repeats: two articles
 * quoting one UN report are one voice, the UN's.
 */
export function independent(a: Voices, b: Voices, closure: CitationClosure): boolean {
  const voices = (c: Voices) => [...c.sourceIds, ...(c.attributedTo ?? [])];
  return voices(a).every((s) => voices(b).every((t) => s !== t && !cites(s, t, closure)));
}

/** Whether one of two sources cites the other, directly or through the works it cites. */
const cites = (s: string, t: string, closure: CitationClosure) => Boolean(closure.get(s)?.has(t) || closure.get(t)?.has(s));

/** Whether a source of one claim cites a source of the other (a passage and the report it cites). */
export function citesTheOther(a: Pick<ComparableClaim, 'sourceIds'>, b: Pick<ComparableClaim, 'sourceIds'>, closure: CitationClosure): boolean {
  return a.sourceIds.some((s) => b.sourceIds.some((t) => cites(s, t, closure)));
}
