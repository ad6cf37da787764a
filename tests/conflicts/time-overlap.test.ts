import { describe, expect, it } from 'vitest';
import type { ComparableClaim } from '../../src/conflicts/comparable-claim.js';
import { describeTime, timesOverlap } from '../../src/conflicts/time-overlap.js';

const at = (start: string | null, end: string | null, label: string | null = null): ComparableClaim => ({
  id: `${start}-${end}`,
  measureId: 'm',
  unit: 'personnel',
  value: null,
  time: start === null && end === null ? null : { start, end, label },
  sourceIds: ['s'],
  derived: false,
});

describe('when two claims can hold at once', () => {
  it('late October 2024 lies within October 2024', () => {
    expect(timesOverlap(at('2024-10-21', '2024-10-31'), at('2024-10-01', '2024-10-31'))).toBe(true);
  });

  it('3 and 4 January 2025 are different days', () => {
    expect(timesOverlap(at('2025-01-03', '2025-01-03'), at('2025-01-04', '2025-01-04'))).toBe(false);
  });

  it('an undated claim may hold at any time; an open interval runs to the end of time', () => {
    expect(timesOverlap(at(null, null), at('2024-03-01', '2024-03-31'))).toBe(true);
    expect(timesOverlap(at('2018-01-01', null), at('2024-03-01', '2024-03-31'))).toBe(true);
    expect(timesOverlap(at(null, '2017-12-31'), at('2024-03-01', '2024-03-31'))).toBe(false);
  });
});

describe('a claim’s time in words', () => {
  it('keeps the text’s own words, else writes the days as a reader would', () => {
    expect(describeTime(at('2024-10-21', '2024-10-31', 'late October 2024'))).toBe('late October 2024');
    expect(describeTime(at('2025-01-03', '2025-01-03'))).toBe('3 January 2025');
    expect(describeTime(at('2024-03-01', '2024-03-31'))).toBe('1 March 2024 to 31 March 2024');
    expect(describeTime(at(null, '2025-01-31'))).toBe('… to 31 January 2025');
    expect(describeTime(at(null, null))).toBe('undated');
  });
});
