import { boundsOverlap, describeValue, valueBounds } from '../model/claim-value.js';
import type { ConflictRule } from './comparable-claim.js';
import { conflictKind } from './conflict-kind.js';
import { describeTime, timesOverlap } from './time-overlap.js';

/**
 * Two figures for the same measure conflict when their times overlap and no number satisfies
 * both, qualifiers included: 'just over 500' and 590 conflict; 'nearly $10 billion' and
 * $9.6 billion do not. Figures at different times form a time series, not a conflict.
 */
export const incompatibleValuesRule: ConflictRule = (a, b) => {
  if (a.unit === 'date' || !a.value || !b.value) return null;
  if (!timesOverlap(a, b)) return null;
  if (boundsOverlap(valueBounds(a.value), valueBounds(b.value))) return null;
  const undated = !a.time || !b.time ? ' One of them is undated, so it is compared with every dated figure of the measure.' : '';
  return {
    rule: 'incompatible-values',
    kind: conflictKind(a, b),
    claimIds: [a.id, b.id],
    reason: `${describeValue(a.value)} (${describeTime(a)}) and ${describeValue(b.value)} (${describeTime(b)}) cannot both be true.${undated}`,
  };
};
