import { boundsOverlap, valueBounds, type ClaimValue } from '../model/claim-value.js';
import type { ClaimTimeSpan, ComparableClaim } from './comparable-claim.js';
import { timesOverlap } from './time-overlap.js';

/** A claim with a value. */
export type Figure = ComparableClaim & { value: ClaimValue };

/** A figure with a closed time, the only kind a stock or flow computation can place in order. */
export type PlacedFigure = Figure & { time: ClaimTimeSpan & { start: string; end: string } };

export function placed(c: ComparableClaim): c is PlacedFigure {
  return c.value !== null && Boolean(c.time?.start && c.time.end);
}

/** The least and the most a figure allows (vague words included): 'about two dozen' is at least 21.6. */
export const least = (c: Figure) => valueBounds(c.value).low;
export const most = (c: Pick<ComparableClaim, 'value'>) => (c.value ? valueBounds(c.value).high : Infinity);

/** Whether a stated figure allows nothing as large as `floor`. */
export function below(c: Figure, floor: number): boolean {
  const { high, highInclusive } = valueBounds(c.value);
  return high < floor || (high === floor && !highInclusive);
}

/**
 * The departures that may fall between `from` (exclusive; null for the beginning) and the end of
 * `until`: an undated departure may fall anywhere.
 */
export function departuresBetween(departures: readonly ComparableClaim[], from: string | null, until: PlacedFigure): ComparableClaim[] {
  const span = { time: { start: from, end: until.time.end, label: null } };
  return departures.filter((d) => timesOverlap(d, span));
}

/**
 * A head count carries forward: with no departure stated, a stock of 24 on 12 September is still at
 * least 24 in late October. The latest stock that ends before `at` starts, when no departure may
 * fall between them; else none.
 */
export function persistingStock(claims: readonly ComparableClaim[], at: PlacedFigure): PlacedFigure | null {
  const latest = claims
    .filter((c) => c.role === 'stock')
    .filter(placed)
    .filter((c) => c.time.end < at.time.start)
    .sort((x, y) => y.time.end.localeCompare(x.time.end))[0];
  if (!latest) return null;
  const departures = claims.filter((c) => c.role === 'departure');
  return departuresBetween(departures, latest.time.start, at).length === 0 ? latest : null;
}

/**
 * Arrivals as increments, each once: two that may be one (their times overlap and their values
 * agree, as when the article and a headline it cites report one contingent) count once, the first
 * kept. Two contingents of one size on one day would count as one: a floor that is too low only
 * misses a finding, it never makes one.
 */
export function distinctArrivals(arrivals: readonly PlacedFigure[]): PlacedFigure[] {
  const kept: PlacedFigure[] = [];
  for (const a of arrivals) {
    if (!kept.some((k) => timesOverlap(k, a) && boundsOverlap(valueBounds(k.value), valueBounds(a.value)))) kept.push(a);
  }
  return kept;
}
