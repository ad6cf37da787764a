import type { ComparableClaim } from './comparable-claim.js';

type Timed = Pick<ComparableClaim, 'time'>;

/**
 * Whether two claims can hold at the same time. An undated claim can hold at any time, so it is
 * compared with every dated claim of its measure (and the finding says so).
 */
export function timesOverlap(a: Timed, b: Timed): boolean {
  if (!a.time || !b.time) return true;
  const aStart = a.time.start ?? '0000-01-01';
  const bStart = b.time.start ?? '0000-01-01';
  const aEnd = a.time.end ?? '9999-12-31';
  const bEnd = b.time.end ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

/** Whole days from the end of the earlier interval to the start of the later; 0 when they overlap. */
export function daysApart(a: Timed, b: Timed): number {
  if (timesOverlap(a, b)) return 0;
  const [first, second] = (a.time!.end ?? '9999-12-31') < (b.time!.start ?? '0000-01-01') ? [a, b] : [b, a];
  return (Date.parse(`${second.time!.start}T00:00:00Z`) - Date.parse(`${first.time!.end}T00:00:00Z`)) / 86_400_000;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A day as a reader writes it: 2025-01-03 is "3 January 2025". */
const inWords = (day: string | null) => (day === null ? '…' : DAY.format(new Date(`${day}T00:00:00Z`)));

/** The claim's time in the text's own words when it gives any, else its days in words. */
export function describeTime(claim: Timed): string {
  if (!claim.time) return 'undated';
  if (claim.time.label) return claim.time.label;
  const { start, end } = claim.time;
  return start === end ? inWords(start) : `${inWords(start)} to ${inWords(end)}`;
}
