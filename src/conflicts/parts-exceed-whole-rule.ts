import { describeValue } from '../model/claim-value.js';
import type { ComparableClaim, Finding } from './comparable-claim.js';
import { conflictKind, together } from './conflict-kind.js';
import type { ConflictRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { below, least, persistingStock, placed, type Figure, type PlacedFigure } from './stock-flows.js';
import { timesOverlap } from './time-overlap.js';

/**
 * A part's figure at the time of a whole's: the part's dated figures whose times overlap it, else the
 * part's latest stock before it when no departure is stated since (a head count carries forward).
 * Of several, the least, so the finding holds under every reading of the part.
 */
function partAt(claims: readonly ComparableClaim[], whole: PlacedFigure): { figure: Figure; carried: boolean } | null {
  const overlapping = claims.filter((c): c is Figure => c.value !== null && c.time !== null && c.role !== 'arrival' && c.role !== 'departure').filter((c) => timesOverlap(c, whole));
  const [lowest] = overlapping.sort((x, y) => least(x) - least(y));
  if (lowest) return { figure: lowest, carried: false };
  const carried = persistingStock(claims, whole);
  return carried ? { figure: carried, carried: true } : null;
}

/**
 * A measure declared the sum of others (a group of contributors; a total and its components): a
 * whole below what its parts add up to at its time is a CONFLICT. Parts without a figure count as
 * nothing, so one part above the whole is enough. The reverse, parts that add up to less than the
 * whole, is no finding: the parts stated may not be all there are.
 *
 * Fires: "X and Y together have 30" in May while "X has 35" since April; 20 officers from Jamaica
 * and Belize in late October 2024 while about two dozen Jamaicans arrived on 12 September 2024 and
 * no departure is stated (carried forward, 'about 24' is at least 21.6).
 * Does not fire: rows that sum to 515 under a stated total 590; a part's figure after the whole's
 * time; a part's earlier figure when a departure is stated since, or when it is not a stock.
 */
export const partsExceedWholeRule: ConflictRule = {
  name: 'parts-exceed-whole',
  scope: 'sum',
  check({ whole, parts }) {
    const findings: Finding[] = [];
    for (const total of whole.filter((c) => c.role !== 'arrival' && c.role !== 'departure').filter(placed)) {
      // A part that may be nothing ("up to 10") adds nothing, and is not named.
      const figures = [...parts.values()].map((claims) => partAt(claims, total)).filter((p): p is NonNullable<typeof p> => p !== null && least(p.figure) > 0);
      const floor = figures.reduce((sum, p) => sum + least(p.figure), 0);
      if (figures.length === 0 || !below(total, floor)) continue;
      const [first, ...rest] = figures.map((p) => p.figure);
      const sides = figures.map((p) => `${describeClaim(p.figure)}${p.carried ? ', with no departure stated since' : ''}`).join('; ');
      const sum = figures.length > 1 ? `, which add up to at least ${describeValue({ ...total.value, qualifier: 'exact', amount: floor })}` : '';
      findings.push({
        outcome: 'conflict',
        rule: 'parts-exceed-whole',
        kind: conflictKind(total, together(figures.map((p) => p.figure))),
        severity: 'CONFLICT',
        claimIds: [total.id, first!.id, ...rest.map((c) => c.id)],
        reason: `${describeClaim(total)} is less than what its parts state: ${sides}${sum}.`,
      });
    }
    return findings;
  },
};
