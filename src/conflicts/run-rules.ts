import { unreachable } from '../model/claim-value.js';
import type { CitationClosure, ComparableClaim, EventClaim, Finding } from './comparable-claim.js';
import type { ConflictRule, SumClaims } from './conflict-rule.js';
import { conflictRules } from './conflict-rules.js';

/** The claims handed to one entry point, tagged with the scope whose rules apply to them. */
export type RuleInput =
  | { scope: 'measure'; claims: readonly ComparableClaim[] }
  | { scope: 'sum'; claims: SumClaims }
  | { scope: 'events'; claims: readonly EventClaim[] };

export interface RuleOptions {
  closure: CitationClosure;
  /** A name as the text writes it (see `memberKey`) to the entity it names; lists compare through it. */
  aliases?: ReadonlyMap<string, string>;
}

/** Runs the rules of the input's scope in list order; each sees what the rules before it found. */
export function runRules(input: RuleInput, { closure, aliases = new Map() }: RuleOptions, rules: readonly ConflictRule[] = conflictRules): Finding[] {
  let found: Finding[] = [];
  for (const rule of rules) {
    const context = { closure, aliases, found };
    // Concatenated, not pushed as arguments: a measure with many claims can have more findings than a call takes arguments.
    switch (rule.scope) {
      case 'measure':
        if (input.scope === 'measure') found = found.concat(rule.check(input.claims, context));
        break;
      case 'sum':
        if (input.scope === 'sum') found = found.concat(rule.check(input.claims, context));
        break;
      case 'events':
        if (input.scope === 'events') found = found.concat(rule.check(input.claims, context));
        break;
      default:
        return unreachable(rule);
    }
  }
  return found;
}
