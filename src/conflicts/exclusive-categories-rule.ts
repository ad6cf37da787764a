import { conflictKind } from './conflict-kind.js';
import { pairRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { timesOverlap } from './time-overlap.js';

/**
 * Two values of one single-valued property (whether the UN runs the mission: yes or no; the
 * mission's type) exclude each other when they differ and their times overlap. Values at different
 * times are a change of status, a series.
 *
 * Fires: 'no' ("it is not a United Nations operation", January 2025) and 'yes' (another source,
 * January 2025) (CONFLICT); 'no' dated and 'yes' undated (TENSION: both hold if the undated one is
 * from another time).
 * Does not fire: 'Yes' and 'yes' (values are compared without case); 'yes' in 2023 and 'no' in 2025.
 */
export const exclusiveCategoriesRule = pairRule('exclusive-categories', (a, b) => {
  if (!a.category || !b.category || !timesOverlap(a, b)) return null;
  if (a.category.toLowerCase() === b.category.toLowerCase()) return null;
  const sides = `${describeClaim(a)} and ${describeClaim(b)} exclude each other`;
  if (!a.time || !b.time) {
    return { kind: conflictKind(a, b), severity: 'TENSION', claimIds: [a.id, b.id], reason: `${sides} at any one time. One of them is undated; both are true only if it is from another time.` };
  }
  return { kind: conflictKind(a, b), severity: 'CONFLICT', claimIds: [a.id, b.id], reason: `${sides}: they cannot both be true.` };
});
