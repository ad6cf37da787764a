import type { ConflictRule } from './comparable-claim.js';
import { conflictKind } from './conflict-kind.js';
import { describeTime, timesOverlap } from './time-overlap.js';

/**
 * Two claims of a date measure (the day something happened) conflict when their times cannot
 * overlap: '2 October 2023' lies within 'late 2023'; '25 June' and '26 June' do not agree.
 */
export const incompatibleDatesRule: ConflictRule = (a, b) => {
  if (a.unit !== 'date' || !a.time || !b.time) return null;
  if (timesOverlap(a, b)) return null;
  return {
    rule: 'incompatible-dates',
    kind: conflictKind(a, b),
    claimIds: [a.id, b.id],
    reason: `${describeTime(a)} and ${describeTime(b)} are different times for the same event.`,
  };
};
