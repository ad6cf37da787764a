import type { ClaimRecord } from '../graph/records.js';
import { describeValue, valueBounds, type Qualifier } from '../model/claim-value.js';

/** A claim's value and time in the words the pages show; null where the claim has none. */
export interface ClaimDisplay {
  value: string | null;
  bounds: { low: number | null; high: number | null } | null;
  time: string | null;
}

const STATUS_WORDS: Record<string, string> = {
  CORROBORATED: 'corroborated',
  SINGLE_SOURCE: 'single source',
  CONTESTED: 'contested',
  DERIVED: 'derived',
  RETRACTED: 'retracted',
};

export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? status.toLowerCase();
}

export function displayClaim(c: ClaimRecord): ClaimDisplay {
  if (c.qualifier === null || c.unit === null) return { value: null, bounds: null, time: timeWords(c) };
  const value = { qualifier: c.qualifier as Qualifier, amount: c.amount, low: c.valueLow, high: c.valueHigh, unit: c.unit, currency: c.currency };
  const b = valueBounds(value);
  return {
    value: describeValue(value),
    bounds: { low: Number.isFinite(b.low) ? b.low : null, high: Number.isFinite(b.high) ? b.high : null },
    time: timeWords(c),
  };
}

/** "2025-01-03", "2024-10-21 to 2024-10-31 (late October 2024)", "until 2025-01-31"; null when undated. */
export function timeWords(c: Pick<ClaimRecord, 'timeStart' | 'timeEnd' | 'timeLabel' | 'timePrecision'>): string | null {
  if (c.timePrecision === null) return null;
  const span =
    c.timeStart === c.timeEnd
      ? String(c.timeStart)
      : c.timeStart === null
        ? `until ${c.timeEnd}`
        : c.timeEnd === null
          ? `from ${c.timeStart}`
          : `${c.timeStart} to ${c.timeEnd}`;
  return c.timeLabel ? `${span} (${c.timeLabel})` : span;
}
