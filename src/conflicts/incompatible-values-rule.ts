import { boundsOverlap, valueBounds } from '../model/claim-value.js';
import { conflictKind } from './conflict-kind.js';
import { pairRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { timesOverlap } from './time-overlap.js';

/**
 * Two figures for the same measure disagree when their times overlap and no number satisfies
 * both, qualifiers included.
 *
 * Fires: 'just over 500' and 590 as of 3 January 2025 (CONFLICT); 'nearly $10 billion' and $10.2
 * billion; an undated $200 million and $300 million in February 2024 (TENSION: both are true if the
 * undated figure is from another time, which the text does not say).
 * Does not fire: 'nearly $10 billion' and $9.6 billion; $10.8 million in March 2024 and $21 million
 * on 26 June 2024 (a time series); 'at least six' and 'at least seven' (both allow seven).
 */
export const incompatibleValuesRule = pairRule('incompatible-values', (a, b) => {
  if (a.unit === 'date' || !a.value || !b.value) return null;
  if (!timesOverlap(a, b)) return null;
  if (boundsOverlap(valueBounds(a.value), valueBounds(b.value))) return null;
  const sides = `${describeClaim(a)} and ${describeClaim(b)}`;
  if (!a.time || !b.time) {
    return {
      kind: conflictKind(a, b),
      severity: 'TENSION',
      claimIds: [a.id, b.id],
      reason: `${sides} cannot both be true at one time. One of them is undated, so it is compared with every dated figure of the measure; both are true only if the undated one is from another time.`,
    };
  }
  return { kind: conflictKind(a, b), severity: 'CONFLICT', claimIds: [a.id, b.id], reason: `${sides} cannot both be true.` };
});
