import type { Finding } from './comparable-claim.js';
import { independent } from './conflict-kind.js';
import { pairsOf, type ConflictRule } from './conflict-rule.js';
import { timesOverlap } from './time-overlap.js';

/**
 * Two claims about the same event (the same kind of event and subject, one `eventKey`) at times
 * that can be the same, from independent voices, corroborate each other without a measure. The
 * times are compared at the precision each text gives: 'October 2022' and 25 October 2022 can be
 * the same time; an undated claim cannot be placed, so it corroborates nothing.
 *
 * Fires: Haiti's request for an intervention in October 2022 (the article) and 20 months before 25
 * June 2024, October 2022 (the CEPR analysis).
 * Does not fire: the same request dated October 2022 and October 2023 (different times, so perhaps
 * different requests: no finding either way); two sources repeating one press release; the article
 * and a work it cites; events of different kinds or subjects.
 */
export const corroboratingEventsRule: ConflictRule = {
  name: 'corroborating-events',
  scope: 'events',
  check(claims, { closure }) {
    const findings: Finding[] = [];
    for (const [a, b] of pairsOf(claims)) {
      if (a.eventKey !== b.eventKey || !a.time || !b.time || !timesOverlap(a, b)) continue;
      if (independent(a, b, closure)) findings.push({ outcome: 'corroboration', rule: 'corroborating-events', claimIds: [a.id, b.id] });
    }
    return findings;
  },
};
