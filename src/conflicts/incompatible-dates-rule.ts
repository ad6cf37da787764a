import type { Severity } from './comparable-claim.js';
import { citesTheOther, conflictKind } from './conflict-kind.js';
import { pairRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { daysApart } from './time-overlap.js';

/**
 * Reports come out days after what they report, and a passage often dates an event by the report
 * it cites: dates of one event that miss each other by at most this many days are a TENSION, farther
 * apart a CONFLICT.
 */
export const NEAR_DAYS = 31;

/**
 * Two claims of a date measure (the day something happened) disagree when their times cannot
 * overlap.
 *
 * Fires: 2 October 2023 and 3 October 2023 (TENSION: a day apart, one side may date the report);
 * an announcement dated February 2024 by a passage and 12 March 2024 by the report it cites
 * (TENSION); 25 June 2024 and 25 August 2024 (CONFLICT).
 * Does not fire: '2 October 2023' and 'late 2023' (one lies within the other); an undated claim
 * (the day is what the measure is about).
 */
export const incompatibleDatesRule = pairRule('incompatible-dates', (a, b, { closure }) => {
  if (a.unit !== 'date' || !a.time || !b.time) return null;
  const apart = daysApart(a, b);
  if (apart === 0) return null;
  const severity: Severity = apart <= NEAR_DAYS ? 'TENSION' : 'CONFLICT';
  const sides = `${describeClaim(a)} and ${describeClaim(b)} are different times for the same event.`;
  const citing = citesTheOther(a, b, closure) ? ' One source cites the other.' : '';
  return {
    kind: conflictKind(a, b),
    severity,
    claimIds: [a.id, b.id],
    reason: severity === 'TENSION' ? `${sides}${citing} They are ${apart === 1 ? 'a day' : `${apart} days`} apart: both hold only if one side dates when the event was reported rather than when it happened.` : sides,
  };
});
