import type { SeedTime } from '../ingestion/seed-schema.js';

export type TimePrecision = 'day' | 'month' | 'year' | 'interval';

/**
 * The time a claim holds at, as a closed interval of days (either end may be open) with the
 * precision the text gave. "late October 2024" becomes 2024-10-21..2024-10-31 at month precision;
 * "2 October 2023" is 2023-10-02..2023-10-02 at day precision.
 */
export interface ClaimTime {
  start: string | null;
  end: string | null;
  precision: TimePrecision;
  part: 'early' | 'mid' | 'late' | null;
  label: string | null;
}

export function resolveClaimTime(time: SeedTime): ClaimTime {
  const label = time.label ?? null;
  if (time.on !== undefined) {
    const [start, end] = partOf(firstDay(time.on), lastDay(time.on), time.part, time.on.length === 4 ? 'year' : 'month');
    return { start, end, precision: precisionOf(time.on), part: time.part ?? null, label };
  }
  return {
    start: time.from === undefined ? null : firstDay(time.from),
    end: time.to === undefined ? null : lastDay(time.to),
    precision: 'interval',
    part: null,
    label,
  };
}

function precisionOf(date: string): TimePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** Thirds of a month (1-10, 11-20, 21-end) or of a year (Jan-Apr, May-Aug, Sep-Dec). */
function partOf(start: string, end: string, part: SeedTime['part'], span: 'year' | 'month'): [string, string] {
  if (part === undefined) return [start, end];
  const year = start.slice(0, 4);
  if (span === 'year') {
    if (part === 'early') return [`${year}-01-01`, `${year}-04-30`];
    if (part === 'mid') return [`${year}-05-01`, `${year}-08-31`];
    return [`${year}-09-01`, `${year}-12-31`];
  }
  const month = start.slice(0, 7);
  if (part === 'early') return [`${month}-01`, `${month}-10`];
  if (part === 'mid') return [`${month}-11`, `${month}-20`];
  return [`${month}-21`, end];
}
