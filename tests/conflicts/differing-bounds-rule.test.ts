import { describe, it } from 'vitest';
import { differingBoundsRule } from '../../src/conflicts/differing-bounds-rule.js';
import { CEPR, claim, count, expectFinding, expectNoFinding, on } from './harness.js';

const rule = differingBoundsRule;
const june26 = on('2024-06-26');
const six = claim('six', { value: count(6, 'at_least', 'countries'), time: june26, sourceIds: [CEPR], quote: 'at least six other countries have pledged to contribute troops' });
const seven = claim('seven', { value: count(7, 'at_least', 'countries'), time: june26, sourceIds: [CEPR], quote: 'at least seven other countries have offered to contribute troops' });

describe('differing-bounds', () => {
  it('"at least six" and "at least seven" in one article on one day are a tension, reconciled by seven or more', () => {
    expectFinding(rule, [six, seven], {
      severity: 'TENSION',
      kind: 'WITHIN_SOURCE',
      claimIds: ['six', 'seven'],
      reason: ['“at least six other countries have pledged', '“at least seven other countries have offered', 'at least 7 countries'],
    });
  });

  it('finds the tighter upper bound too', () => {
    const ten = claim('ten', { value: count(10, 'up_to'), time: june26, quote: 'up to ten' });
    const twelve = claim('twelve', { value: count(12, 'at_most'), time: june26, quote: 'at most twelve' });
    expectFinding(rule, [twelve, ten], { severity: 'TENSION', claimIds: ['twelve', 'ten'], reason: ['up to 10 personnel'] });
  });

  it('is no finding between two sources, at two times, on opposite sides, or without the words', () => {
    expectNoFinding(rule, [six, { ...seven, sourceIds: ['wikipedia-mss'] }]);
    expectNoFinding(rule, [six, { ...seven, time: on('2024-09-30') }]);
    expectNoFinding(rule, [six, { ...seven, value: count(10, 'up_to', 'countries') }]);
    expectNoFinding(rule, [six, { ...seven, quote: null }]);
  });
});
