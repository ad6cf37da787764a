import { describe, it } from 'vitest';
import { exclusiveCategoriesRule } from '../../src/conflicts/exclusive-categories-rule.js';
import { CEPR, claim, expectFinding, expectNoFinding, on } from './harness.js';

const rule = exclusiveCategoriesRule;
const unOperation = (id: string, category: string, fields = {}) => claim(id, { measureId: 'mss-run-by-united-nations', unit: 'category', category, ...fields });

describe('exclusive-categories', () => {
  it('"not a United Nations operation" against a UN operation at the same time conflicts', () => {
    const article = unOperation('not-un', 'no', { time: on('2025-01'), quote: 'though backed by the UNSC, it is not a United Nations operation' });
    const other = unOperation('un', 'yes', { time: on('2025-01'), sourceIds: ['other'] });
    expectFinding(rule, [article, other], { severity: 'CONFLICT', kind: 'BETWEEN_SOURCES', claimIds: ['not-un', 'un'], reason: ['“though backed by the UNSC, it is not a United Nations operation” (1 January 2025 to 31 January 2025)', '“yes”', 'cannot both be true'] });
  });

  it('an undated value is a tension', () => {
    expectFinding(rule, [unOperation('no', 'no', { time: on('2024-06-26'), sourceIds: [CEPR] }), unOperation('yes', 'yes')], { severity: 'TENSION', claimIds: ['no', 'yes'], reason: ['from another time'] });
  });

  it('equal values agree whatever their case; values at different times are a change of status', () => {
    expectNoFinding(rule, [unOperation('a', 'Yes', { time: on('2025-01') }), unOperation('b', 'yes', { time: on('2025-01') })]);
    expectNoFinding(rule, [unOperation('a', 'yes', { time: on('2023') }), unOperation('b', 'no', { time: on('2025') })]);
  });
});
