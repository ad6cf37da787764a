import { expect } from 'vitest';
import type { CitationClosure, ClaimTimeSpan, ComparableClaim, ConflictFinding, EventClaim, Finding } from '../../src/conflicts/comparable-claim.js';
import type { ConflictRule, SumClaims } from '../../src/conflicts/conflict-rule.js';
import { conflictRules } from '../../src/conflicts/conflict-rules.js';
import { runRules, type RuleInput } from '../../src/conflicts/run-rules.js';
import { firstDay, lastDay } from '../../src/model/claim-time.js';
import { unreachable, type ClaimValue, type Qualifier } from '../../src/model/claim-value.js';

/**
 * The conflict rules' test harness: build claims in a line each, run one rule as the engine runs
 * it (after the rules before it in `conflictRules`, so a rule that defers to them is tested so),
 * and say what it must and must not find.
 */

export const WIKIPEDIA = 'wikipedia-mss';
export const CEPR = 'cepr-johnston-2024-06-26';

export function value(qualifier: Qualifier, amount: number, unit = 'personnel'): ClaimValue {
  return { qualifier, amount, low: null, high: null, unit, currency: unit === 'money' ? 'USD' : null };
}

/** An exact figure unless said otherwise: `count(400)`, `count(6, 'at_least', 'countries')`. */
export const count = (amount: number, qualifier: Qualifier = 'exact', unit = 'personnel') => value(qualifier, amount, unit);

/** A time as a text gives it: `on('2024-10')` is October 2024; a label is the text's own words. */
export function on(date: string, label: string | null = null): ClaimTimeSpan {
  return { start: firstDay(date), end: lastDay(date), label };
}

/** From the first day of `from` to the last of `to`; null leaves that end open. */
export function between(from: string | null, to: string | null, label: string | null = null): ClaimTimeSpan {
  return { start: from === null ? null : firstDay(from), end: to === null ? null : lastDay(to), label };
}

/** A claim of measure 'm' stated by the Wikipedia article, undated and without a value unless given. */
export function claim(id: string, fields: Partial<ComparableClaim> = {}): ComparableClaim {
  return { id, measureId: 'm', unit: fields.value?.unit ?? 'personnel', value: null, time: null, sourceIds: [WIKIPEDIA], derived: false, ...fields };
}

export function event(id: string, eventKey: string, fields: Partial<EventClaim> = {}): EventClaim {
  return { id, eventKey, time: null, sourceIds: [WIKIPEDIA], derived: false, ...fields };
}

/** A measure declared the sum of others, as a test states it. */
export interface MeasureSum {
  wholeMeasureId: string;
  partMeasureIds: readonly string[];
}

/** The claims of a sum by their measure ids: a part's flows are built on the part's own measure. */
export function sumClaims({ wholeMeasureId, partMeasureIds }: MeasureSum, claims: readonly ComparableClaim[]): SumClaims {
  const of = (id: string) => claims.filter((c) => c.measureId === id);
  return { wholeMeasureId, whole: of(wholeMeasureId), parts: new Map(partMeasureIds.map((id) => [id, of(id)])) };
}

export interface Scenario {
  closure?: CitationClosure;
  aliases?: ReadonlyMap<string, string>;
  /** For a sum rule: which measure is the whole and which are its parts. */
  sum?: MeasureSum;
}

function inputFor(rule: ConflictRule, claims: readonly ComparableClaim[] | readonly EventClaim[], sum: MeasureSum | undefined): RuleInput {
  switch (rule.scope) {
    case 'measure':
      return { scope: 'measure', claims: claims as readonly ComparableClaim[] };
    case 'events':
      return { scope: 'events', claims: claims as readonly EventClaim[] };
    case 'sum':
      if (!sum) throw new Error(`${rule.name} needs a scenario's sum`);
      return { scope: 'sum', claims: sumClaims(sum, claims as readonly ComparableClaim[]) };
    default:
      return unreachable(rule);
  }
}

/** What `rule` finds on the claims, run after the rules before it in the list. */
export function findingsOf(rule: ConflictRule, claims: readonly ComparableClaim[] | readonly EventClaim[], scenario: Scenario = {}): Finding[] {
  const index = conflictRules.indexOf(rule);
  if (index < 0) throw new Error(`${rule.name} is not in conflictRules`);
  const found = runRules(inputFor(rule, claims, scenario.sum), { closure: scenario.closure ?? new Map(), aliases: scenario.aliases }, conflictRules.slice(0, index + 1));
  return found.filter((f) => f.rule === rule.name);
}

export interface Expected {
  severity: ConflictFinding['severity'];
  /** The claims the finding names, the disagreeing one first. */
  claimIds: string[];
  kind?: ConflictFinding['kind'];
  /** Words the reason must contain, as a journalist would paste them. */
  reason?: (string | RegExp)[];
}

/** The rule finds exactly one disagreement on these claims, and it is this one. */
export function expectFinding(rule: ConflictRule, claims: readonly ComparableClaim[] | readonly EventClaim[], expected: Expected, scenario: Scenario = {}): ConflictFinding {
  const found = findingsOf(rule, claims, scenario);
  expect(found, `${rule.name} findings`).toHaveLength(1);
  const finding = found[0]!;
  expect(finding.outcome).toBe('conflict');
  if (finding.outcome !== 'conflict') throw new Error('unreachable after the expectation');
  expect(finding.claimIds).toEqual(expected.claimIds);
  expect(finding.severity).toBe(expected.severity);
  if (expected.kind) expect(finding.kind).toBe(expected.kind);
  for (const words of expected.reason ?? []) expect(finding.reason).toMatch(words);
  return finding;
}

export function expectNoFinding(rule: ConflictRule, claims: readonly ComparableClaim[] | readonly EventClaim[], scenario: Scenario = {}): void {
  expect(findingsOf(rule, claims, scenario), `${rule.name} must not fire`).toEqual([]);
}

/** The corroboration rule pairs these claims, and only these. */
export function expectCorroboration(rule: ConflictRule, claims: readonly ComparableClaim[] | readonly EventClaim[], pairs: [string, string][], scenario: Scenario = {}): void {
  const found = findingsOf(rule, claims, scenario).map((f) => f.claimIds);
  expect(found).toEqual(pairs);
}
