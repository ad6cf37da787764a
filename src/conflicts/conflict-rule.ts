import type { CitationClosure, ComparableClaim, ConflictFinding, EventClaim, Finding } from './comparable-claim.js';

/** What every rule may consult besides the claims. */
export interface RuleContext {
  closure: CitationClosure;
  /** A name as the text writes it (normalized by `memberKey`) to the entity it names. */
  aliases: ReadonlyMap<string, string>;
  /** What the rules before this one in the list found on the same claims, so a later rule can defer to them. */
  found: readonly Finding[];
}

/**
 * A measure declared the sum of others (a group of contributors; a total and its components): the
 * whole's claims, and each part's claims by the part's measure id, with the arrivals and departures
 * of the part's stock among them.
 */
export interface SumClaims {
  wholeMeasureId: string;
  whole: readonly ComparableClaim[];
  parts: ReadonlyMap<string, readonly ComparableClaim[]>;
}

/**
 * A rule is a pure function of the claims its scope hands it: one measure's claims (with the
 * arrivals and departures of its stock), a whole and its parts, or event claims. The entry points
 * (analyze-measure.ts, analyze-measure-group.ts, analyze-events.ts) each run the rules of their
 * scope in the order of `conflictRules`.
 */
export type ConflictRule =
  | { name: string; scope: 'measure'; check: (claims: readonly ComparableClaim[], context: RuleContext) => Finding[] }
  | { name: string; scope: 'sum'; check: (claims: SumClaims, context: RuleContext) => Finding[] }
  | { name: string; scope: 'events'; check: (claims: readonly EventClaim[], context: RuleContext) => Finding[] };

/** A finding as a pair rule reports it; `pairRule` adds what every finding of the rule shares. */
export type PairFinding = Omit<ConflictFinding, 'outcome' | 'rule'>;

/**
 * A measure rule that looks at two claims at a time: every pair of claims of the same quantity
 * (one measure, one role, so an arrival is never read as a head count).
 */
export function pairRule(name: string, check: (a: ComparableClaim, b: ComparableClaim, context: RuleContext) => PairFinding | null): ConflictRule {
  return {
    name,
    scope: 'measure',
    check(claims, context) {
      const findings: Finding[] = [];
      for (const [a, b] of pairsOf(claims)) {
        const found = sameQuantity(a, b) ? check(a, b, context) : null;
        if (found) findings.push({ outcome: 'conflict', rule: name, ...found });
      }
      return findings;
    },
  };
}

export function sameQuantity(a: ComparableClaim, b: ComparableClaim): boolean {
  return a.measureId === b.measureId && (a.role ?? 'stock') === (b.role ?? 'stock');
}

/** Every unordered pair of a list, each once, without building them all: the rules' cost grows with the pairs of one measure's claims. */
export function* pairsOf<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) yield [items[i]!, items[j]!];
}
