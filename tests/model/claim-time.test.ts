import { describe, expect, it } from 'vitest';
import { resolveClaimTime } from '../../src/model/claim-time.js';

describe('the time a claim holds at', () => {
  it('keeps a day as a one-day interval at day precision', () => {
    expect(resolveClaimTime({ on: '2023-10-02', label: '2 October 2023' })).toEqual({
      start: '2023-10-02',
      end: '2023-10-02',
      precision: 'day',
      part: null,
      label: '2 October 2023',
    });
  });

  it('puts "late October 2024" inside October 2024, at month precision', () => {
    const late = resolveClaimTime({ on: '2024-10', part: 'late' });
    const month = resolveClaimTime({ on: '2024-10' });
    expect(late).toMatchObject({ start: '2024-10-21', end: '2024-10-31', precision: 'month', part: 'late' });
    expect(month).toMatchObject({ start: '2024-10-01', end: '2024-10-31' });
    expect(late.start! >= month.start! && late.end! <= month.end!).toBe(true);
  });

  it('represents "early 2026" as the first third of the year', () => {
    expect(resolveClaimTime({ on: '2026', part: 'early' })).toMatchObject({ start: '2026-01-01', end: '2026-04-30', precision: 'year' });
  });

  it('ends a month on its last day, leap years included', () => {
    expect(resolveClaimTime({ on: '2024-02' }).end).toBe('2024-02-29');
    expect(resolveClaimTime({ on: '2023-02' }).end).toBe('2023-02-28');
  });

  it('leaves an interval open where the text gives no bound ("by January 2025")', () => {
    expect(resolveClaimTime({ to: '2025-01', label: 'by January 2025' })).toMatchObject({ start: null, end: '2025-01-31', precision: 'interval' });
  });
});
