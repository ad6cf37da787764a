import { describe, expect, it } from 'vitest';
import { describeValue, type ClaimValue } from '../../src/model/claim-value.js';
import { sourceByline } from '../../src/model/source-byline.js';

const value = (v: Partial<ClaimValue>): ClaimValue => ({ qualifier: 'exact', amount: null, low: null, high: null, unit: 'personnel', currency: null, ...v });

describe('describeValue', () => {
  it('writes dollars one way, whether the text made them US dollars or only wrote "$"', () => {
    expect(describeValue(value({ unit: 'money', currency: '$', amount: 10_800_000 }))).toBe('$10,800,000');
    expect(describeValue(value({ unit: 'money', currency: 'USD', amount: 21_000_000 }))).toBe('$21,000,000');
    expect(describeValue(value({ unit: 'money', currency: 'EUR', amount: 5 }))).toBe('EUR 5');
  });

  it('reads a "... number" unit as an ordinal', () => {
    expect(describeValue(value({ unit: 'meeting number', amount: 9430 }))).toBe('the 9,430th meeting');
    expect(describeValue(value({ unit: 'meeting number', amount: 9421 }))).toBe('the 9,421st meeting');
    expect(describeValue(value({ unit: 'meeting number', amount: 9412 }))).toBe('the 9,412th meeting');
    expect(describeValue(value({ unit: 'meeting number', amount: 9403 }))).toBe('the 9,403rd meeting');
  });

  it('keeps the vague words of a count', () => {
    expect(describeValue(value({ qualifier: 'just_over', amount: 500 }))).toBe('just over 500 personnel');
  });
});

describe('sourceByline', () => {
  it('names a source by its authors and publisher, never by a title that reads as a sentence', () => {
    const cepr = { title: 'Jake Johnston offers analysis of the launch of the Multinational Security Support mission in Haiti', publisher: 'Center for Economic and Policy Research', authors: ['Jake Johnston'] };
    expect(sourceByline(cepr)).toBe('Jake Johnston (Center for Economic and Policy Research)');
    expect(sourceByline({ title: 'Multinational Security Support Mission in Haiti', publisher: 'Wikipedia', authors: ['Wikipedia contributors'] })).toBe('Wikipedia contributors');
    expect(sourceByline({ title: 'UN authorizes Haiti mission', publisher: 'Reuters', authors: [] })).toBe('Reuters, “UN authorizes Haiti mission”');
  });
});
