import { describe, expect, it } from 'vitest';
import { conflictSummary, type SummaryClaim } from '../../src/conflicts/conflict-summary.js';

const wikipedia: SummaryClaim = { derivation: null, derivedFromCount: 0, quoted: { sourceId: 'wikipedia-mss', title: 'Multinational Security Support Mission in Haiti', publisher: 'Wikipedia' } };
const cepr: SummaryClaim = { derivation: null, derivedFromCount: 0, quoted: { sourceId: 'cepr-mss-launch', title: 'Jake Johnston offers analysis', publisher: 'Center for Economic and Policy Research' } };
const sum: SummaryClaim = { derivation: 'sum', derivedFromCount: 6, quoted: null };
const reason = '“Size590” (3 January 2025) and “only just over 500 personnel” (As of 3 January 2025) cannot both be true.';

describe('a conflict summary', () => {
  it('gives the reason once, then the one source that states both sides', () => {
    expect(conflictSummary({ measureName: 'Personnel deployed', sides: [wikipedia, wikipedia], firstReason: reason, claimCount: 2 })).toBe(
      `Personnel deployed: ${reason} Both are stated by “Multinational Security Support Mission in Haiti” (Wikipedia).`,
    );
  });

  it('names each side’s source, in the order the reason describes them', () => {
    expect(conflictSummary({ measureName: 'Countries', sides: [cepr, wikipedia], firstReason: reason, claimCount: 2 })).toBe(
      `Countries: ${reason} The first is stated by “Jake Johnston offers analysis” (Center for Economic and Policy Research), the second by “Multinational Security Support Mission in Haiti” (Wikipedia).`,
    );
  });

  it('says what a side no source states is, and how many claims a larger group holds', () => {
    expect(conflictSummary({ measureName: 'Personnel deployed', sides: [wikipedia, sum], firstReason: reason, claimCount: 4 })).toBe(
      `Personnel deployed: ${reason} The first is stated by “Multinational Security Support Mission in Haiti” (Wikipedia); the second is the sum of 6 other claims. ` +
        '4 claims take part in all; the findings list every pair.',
    );
  });

  it('says so of a claim no longer in the graph', () => {
    expect(conflictSummary({ measureName: 'M', sides: [null, cepr], firstReason: reason, claimCount: 2 })).toBe(
      `M: ${reason} The first is a claim no longer in the graph; the second is stated by “Jake Johnston offers analysis” (Center for Economic and Policy Research).`,
    );
  });
});
