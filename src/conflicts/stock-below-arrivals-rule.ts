import { describeValue } from '../model/claim-value.js';
import type { Finding } from './comparable-claim.js';
import { conflictKind, together } from './conflict-kind.js';
import type { ConflictRule } from './conflict-rule.js';
import { describeClaim } from './describe-claim.js';
import { below, departuresBetween, distinctArrivals, least, most, placed, type PlacedFigure } from './stock-flows.js';

/**
 * Arrivals and departures are increments of a stock (personnel a contributor has deployed). A
 * stated stock below what the arrivals before it add up to (on top of an earlier stated stock, if
 * any), less every departure that may fall between, is a CONFLICT; the finding names the stock,
 * the earlier stock and the arrivals. An arrival counts when it ends on or before the day the stock
 * starts, so it had certainly happened; a departure without a figure may explain any shortfall.
 * One arrival reported by two sources counts once (`distinctArrivals`).
 *
 * Fires: 300 arrived on 1 March, 100 more on 1 April, and on 1 May "only 300 are deployed"; 600
 * deployed in July and 400 in late October with no departure stated.
 * Does not fire: 400 deployed on 25 June after 400 arrived that day (agreement), also when a second
 * source reports the same 400 arriving that day; 400, then 600
 * (a stock that grows is a series); a departure of 200 stated in September; an arrival on 25 October
 * against a stock of late October (it may come after the count).
 */
export const stockBelowArrivalsRule: ConflictRule = {
  name: 'stock-below-arrivals',
  scope: 'measure',
  check(claims) {
    const stocks = claims.filter((c) => c.role === 'stock').filter(placed);
    const arrivals = distinctArrivals(claims.filter((c) => c.role === 'arrival').filter(placed));
    const departures = claims.filter((c) => c.role === 'departure');
    const findings: Finding[] = [];
    for (const stock of stocks) {
      // Each earlier stock is a baseline to add later arrivals to; null counts every arrival from nothing.
      let worst: { floor: number; leaving: number; baseline: PlacedFigure | null; counted: PlacedFigure[] } | null = null;
      for (const baseline of [null, ...stocks.filter((s) => s.time.end < stock.time.start)]) {
        const since = baseline?.time.end ?? null;
        const counted = arrivals.filter((a) => a.time.end <= stock.time.start && (since === null || a.time.start > since));
        if (!baseline && counted.length === 0) continue;
        const leaving = departuresBetween(departures, since, stock).reduce((sum, d) => sum + most(d), 0);
        const floor = (baseline ? least(baseline) : 0) + counted.reduce((sum, a) => sum + least(a), 0) - leaving;
        if (below(stock, floor) && (!worst || floor > worst.floor)) worst = { floor, leaving, baseline, counted };
      }
      if (!worst) continue;
      const others = [...(worst.baseline ? [worst.baseline] : []), ...worst.counted];
      const floorWords = describeValue({ ...stock.value, qualifier: 'exact', amount: worst.floor });
      const on = worst.baseline ? `${describeClaim(worst.baseline)}${worst.counted.length > 0 ? ' plus the arrivals since' : ''}` : 'the arrivals before it';
      const departed = worst.leaving > 0 ? `even after the ${describeValue({ ...stock.value, qualifier: 'exact', amount: worst.leaving })} stated to have left` : 'and no departure is stated in between';
      findings.push({
        outcome: 'conflict',
        rule: 'stock-below-arrivals',
        kind: conflictKind(stock, together(others)),
        severity: 'CONFLICT',
        claimIds: [stock.id, others[0]!.id, ...others.slice(1).map((c) => c.id)],
        reason: `${describeClaim(stock)} is fewer than the ${floorWords} that ${on} add up to (${others.map(describeClaim).join('; ')}), ${departed}.`,
      });
    }
    return findings;
  },
};
