import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/conflicts/describe-claim.js';

const value = (amount: number, unit = 'personnel') => ({ qualifier: 'exact' as const, amount, low: null, high: null, unit, currency: null });
const on = (day: string) => ({ start: day, end: day, label: null });

describe('one side of a finding in words', () => {
  it('quotes words that state the figure as they are', () => {
    expect(describeClaim({ quote: 'Kenya had 380 police officers', value: value(380), time: on('2025-01-03') })).toBe('“Kenya had 380 police officers” (3 January 2025)');
    expect(describeClaim({ quote: 'about 1,200 officers', value: value(1200), time: on('2025-01-03') })).toBe('“about 1,200 officers” (3 January 2025)');
    expect(describeClaim({ quote: 'at least six other countries', value: value(6, 'countries'), time: on('2024-06-26') })).toBe('“at least six other countries” (26 June 2024)');
  });

  it('adds the figure to words that do not state it, such as a table caption', () => {
    expect(describeClaim({ quote: 'Current personnel deployed to the mission as of 3 January 2025.', value: value(400), time: on('2025-01-03') })).toBe(
      '“Current personnel deployed to the mission as of 3 January 2025.” (400 personnel, 3 January 2025)',
    );
  });

  it('writes the value when it has no words', () => {
    expect(describeClaim({ value: value(590), time: on('2025-01-03') })).toBe('590 personnel (3 January 2025)');
  });
});
