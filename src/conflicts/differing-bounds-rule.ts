import { describeValue, unreachable, type ClaimValue } from '../model/claim-value.js';
import { conflictKind } from './conflict-kind.js';
import { pairRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { timesOverlap } from './time-overlap.js';

/**
 * Which way a one-sided value bounds its number: 'at least six' from below, 'up to $100 million' from
 * above. The others name a number or a range ('just over 500' reaches only 10% above it).
 */
function boundSide(value: ClaimValue): 'lower' | 'upper' | null {
  switch (value.qualifier) {
    case 'at_least':
    case 'more_than':
      return 'lower';
    case 'at_most':
    case 'up_to':
    case 'less_than':
      return 'upper';
    case 'exact':
    case 'approximately':
    case 'nearly':
    case 'just_over':
    case 'range':
      return null;
    default:
      return unreachable(value.qualifier);
  }
}

/**
 * One source giving two different bounds on the same side for one figure at one time: both can be
 * true (the tighter one implies the other), but only if the writer's looser figure is not their
 * count, so it is a TENSION. Between two sources it is no finding: each says what it knows.
 *
 * The rule needs both claims' words (`quote`): whether the two bounds count the same thing is
 * read in the words ("have pledged" and "have offered"), and the reason quotes them.
 *
 * Fires: "at least six other countries have pledged" and "at least seven other countries have
 * offered", both in the article of 26 June 2024 (TENSION).
 * Does not fire: the same two from different sources; 'at least six' on 26 June and 'at least seven'
 * in September (a series); 'at least six' and 'up to ten' (bounds on different sides); either claim
 * without its words.
 */
export const differingBoundsRule = pairRule('differing-bounds', (a, b) => {
  if (!a.value || !b.value || !a.quote || !b.quote || !a.time || !b.time) return null;
  if (!a.sourceIds.some((s) => b.sourceIds.includes(s)) || !timesOverlap(a, b)) return null;
  const side = boundSide(a.value);
  if (side === null || side !== boundSide(b.value) || a.value.amount === b.value.amount) return null;
  const tighter = (side === 'lower') === (a.value.amount ?? 0) > (b.value.amount ?? 0) ? a.value : b.value;
  return {
    kind: conflictKind(a, b),
    severity: 'TENSION',
    claimIds: [a.id, b.id],
    reason: `The same source says ${describeClaim(a)} and ${describeClaim(b)}. Both are true if the figure is ${describeValue(tighter)}, but then the other bound is not the writer's count.`,
  };
});
