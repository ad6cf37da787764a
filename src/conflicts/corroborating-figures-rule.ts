import { boundsOverlap, valueBounds } from '../model/claim-value.js';
import type { ComparableClaim, Finding } from './comparable-claim.js';
import { independent } from './conflict-kind.js';
import { pairsOf, sameQuantity, type ConflictRule } from './conflict-rule.js';
import { missingFrom } from './list-members.js';
import { timesOverlap } from './time-overlap.js';

/** The pairs the rules before this one set against each other (the first claim of a finding against each other one), as `a|b` both ways. */
function opposedPairs(found: readonly Finding[]): Set<string> {
  const pairs = new Set<string>();
  for (const f of found) {
    if (f.outcome !== 'conflict') continue;
    const [first, ...rest] = f.claimIds;
    for (const other of rest) pairs.add(`${first}|${other}`).add(`${other}|${first}`);
  }
  return pairs;
}

/**
 * Two dated claims of one quantity at overlapping times say the same thing: a date measure's days
 * overlap; and every aspect both carry agrees (some number satisfies both values, the categories
 * are equal, the lists name the same members). At least one aspect must be shared.
 */
function agree(a: ComparableClaim, b: ComparableClaim, aliases: ReadonlyMap<string, string>): boolean {
  if (!a.time || !b.time || !timesOverlap(a, b)) return false;
  if (a.unit === 'date') return true;
  const aspects = [
    a.value && b.value ? boundsOverlap(valueBounds(a.value), valueBounds(b.value)) : null,
    a.category && b.category ? a.category.toLowerCase() === b.category.toLowerCase() : null,
    a.members && b.members ? missingFrom(a.members, b.members, aliases).length + missingFrom(b.members, a.members, aliases).length === 0 : null,
  ].filter((x) => x !== null);
  return aspects.length > 0 && aspects.every(Boolean);
}

/**
 * The support rule: two claims of one quantity that agree, stated by independent voices (no source
 * of one is, cites or is cited by a source of the other, and they repeat no common originator),
 * corroborate each other, unless a rule before this one in the list opposed them. It runs last in
 * its scope for that reason.
 *
 * Fires: 400 Kenyans in late October 2024 (the article) and in October 2024 (another source); 'late
 * 2023' and 2 October 2023 for the adoption of Resolution 2699.
 * Does not fire: the same 400 from a source the article cites; two articles both quoting one UN
 * report; an undated figure (it may be from any time); figures that agree in value but whose lists
 * differ.
 */
export const corroboratingFiguresRule: ConflictRule = {
  name: 'corroborating-figures',
  scope: 'measure',
  check(claims, { closure, aliases, found }) {
    const opposed = opposedPairs(found);
    const findings: Finding[] = [];
    for (const [a, b] of pairsOf(claims)) {
      if (!sameQuantity(a, b) || opposed.has(`${a.id}|${b.id}`)) continue;
      if (agree(a, b, aliases) && independent(a, b, closure)) findings.push({ outcome: 'corroboration', rule: 'corroborating-figures', claimIds: [a.id, b.id] });
    }
    return findings;
  },
};
