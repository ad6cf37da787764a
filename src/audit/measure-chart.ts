import { scaleLinear, scaleUtc } from 'd3-scale';
import type { ClaimRecord } from '../graph/records.js';
import { links } from './audit-links.js';
import { displayClaim } from './claim-display.js';

/** A measure's figures over time as an SVG chart's geometry; the template draws it, so it works without script. */
export interface MeasureChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  points: ChartPoint[];
}

export interface ChartPoint {
  claimId: string;
  href: string;
  /** The point: the middle of the claim's time, at its stated number (a range's middle). */
  cx: number;
  cy: number;
  /** The claim's time, from its first to its last day. */
  x1: number;
  x2: number;
  /** The numbers its value allows (an unbounded end stops at the plot's edge). */
  y1: number;
  y2: number;
  vague: boolean;
  contested: boolean;
  label: string;
}

const WIDTH = 760;
const HEIGHT = 320;
const PLOT = { left: 80, right: WIDTH - 20, top: 20, bottom: HEIGHT - 40 };
const DAY = 86_400_000;
const MIN_SPAN_DAYS = 30;

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Null when no claim of the series has both a time and a number: nothing to draw. */
export function measureChart(series: ClaimRecord[]): MeasureChart | null {
  const drawable = series.flatMap((c) => {
    const shown = displayClaim(c);
    const start = c.timeStart ?? c.timeEnd;
    const end = c.timeEnd ?? c.timeStart;
    if (!shown.bounds || start === null || end === null) return [];
    const stated = c.qualifier === 'range' ? ((c.valueLow ?? 0) + (c.valueHigh ?? 0)) / 2 : (c.amount ?? 0);
    return [{ c, shown, from: day(start), to: day(end) + DAY - 1, stated }];
  });
  if (drawable.length === 0) return null;
  // Figures of one day (or a few) still get a readable axis: a month at least, padded on both sides.
  const first = Math.min(...drawable.map((d) => d.from));
  const last = Math.max(...drawable.map((d) => d.to));
  const pad = Math.max((last - first) * 0.05, ((MIN_SPAN_DAYS * DAY) - (last - first)) / 2, DAY);
  const x = scaleUtc()
    .domain([first - pad, last + pad])
    .range([PLOT.left, PLOT.right])
    .nice();
  const top = Math.max(...drawable.map((d) => Math.max(d.stated, d.shown.bounds?.high ?? d.stated)));
  const y = scaleLinear().domain([0, top * 1.05 || 1]).range([PLOT.bottom, PLOT.top]).nice();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: x.ticks(6).map((t) => ({ x: round(x(t)), label: t.toISOString().slice(0, 10) })),
    yTicks: y.ticks(5).map((t) => ({ y: round(y(t)), label: y.tickFormat(5, '~s')(t) })),
    points: drawable.map(({ c, shown, from, to, stated }) => ({
      claimId: c.id,
      href: links.claim(c.id),
      cx: round(x((from + to) / 2)),
      cy: round(y(stated)),
      x1: round(x(from)),
      x2: round(x(to)),
      y1: round(y(shown.bounds?.low ?? 0)),
      y2: round(shown.bounds?.high === null ? PLOT.top : y(shown.bounds?.high ?? stated)),
      vague: c.qualifier !== 'exact',
      contested: c.contested,
      label: `${shown.value ?? ''}, ${shown.time ?? ''}: ${c.statement}`,
    })),
  };
}
