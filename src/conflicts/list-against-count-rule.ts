import { boundsOverlap, describeValue, valueBounds } from '../model/claim-value.js';
import type { Severity } from './comparable-claim.js';
import { conflictKind } from './conflict-kind.js';
import { pairRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { memberCount } from './list-members.js';
import { timesOverlap } from './time-overlap.js';

/**
 * A count ("five countries") against a list of another size at an overlapping time. A list longer
 * than the count allows is a CONFLICT: it names them. A list shorter than the count is a TENSION,
 * true if the list is incomplete; so is any difference with an undated side.
 *
 * Fires: "Five countries pledge personnel" and a list of eight on the same day (CONFLICT); "at
 * least seven" and a list of six (TENSION).
 * Does not fire: "at least six" and a list of seven; a list that carries its own count (its value
 * is compared by incompatible-values); a count and a list at different times.
 */
export const listAgainstCountRule = pairRule('list-against-count', (a, b, { aliases }) => {
  const [list, count] = a.members && !a.value ? [a, b] : [b, a];
  if (!list.members || list.value || count.members || !count.value || !timesOverlap(a, b)) return null;
  const size = memberCount(list.members, aliases);
  const bounds = valueBounds(count.value);
  if (boundsOverlap(bounds, { low: size, lowInclusive: true, high: size, highInclusive: true })) return null;
  const longer = size > bounds.high || (size === bounds.high && !bounds.highInclusive);
  const undated = !a.time || !b.time;
  const severity: Severity = longer && !undated ? 'CONFLICT' : 'TENSION';
  const reading = undated ? ' One of them is undated; both are true only if it is from another time.' : longer ? '' : ' Both are true only if the list is incomplete.';
  return {
    kind: conflictKind(a, b),
    severity,
    claimIds: [count.id, list.id],
    reason: `${describeClaim(count)} and ${describeClaim(list)} do not agree: the list names ${size}, where the count says ${describeValue(count.value)}.${reading}`,
  };
});
