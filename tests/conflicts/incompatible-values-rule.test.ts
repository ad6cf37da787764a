import { describe, it } from 'vitest';
import { incompatibleValuesRule } from '../../src/conflicts/incompatible-values-rule.js';
import { CEPR, claim, count, expectFinding, expectNoFinding, on, value } from './harness.js';

const rule = incompatibleValuesRule;
const jan3 = on('2025-01-03', 'As of 3 January 2025');

describe('incompatible-values', () => {
  it('"just over 500" and the table total of 590 on one day cannot both be true', () => {
    const lead = claim('just-over-500', { value: count(500, 'just_over'), time: jan3, quote: 'only just over 500 personnel from Kenya, Jamaica, Belize, the Bahamas, Guatemala, and El Salvador have been deployed' });
    const table = claim('table-590', { value: count(590), time: on('2025-01-03') });
    expectFinding(rule, [lead, table], {
      severity: 'CONFLICT',
      kind: 'WITHIN_SOURCE',
      claimIds: ['just-over-500', 'table-590'],
      reason: ['“only just over 500 personnel', '(As of 3 January 2025)', '590 personnel (3 January 2025)', 'cannot both be true'],
    });
  });

  it('writes the value when it has no words to quote', () => {
    expectFinding(rule, [claim('a', { value: count(500, 'just_over'), time: jan3 }), claim('b', { value: count(590), time: jan3 })], {
      severity: 'CONFLICT',
      claimIds: ['a', 'b'],
      reason: ['just over 500 personnel (As of 3 January 2025) and 590 personnel'],
    });
  });

  it('an undated figure against a dated one is a tension: both hold if the undated one is from another time', () => {
    const total = claim('total-300m', { value: value('exact', 300e6, 'money'), time: on('2024-02', 'February 2024') });
    const undated = claim('undated-200m', { value: value('exact', 200e6, 'money') });
    expectFinding(rule, [total, undated], { severity: 'TENSION', claimIds: ['total-300m', 'undated-200m'], reason: ['$300,000,000 (February 2024)', 'undated', 'from another time'] });
  });

  it('"nearly $10 billion" admits $9.6 billion but not $10.2 billion', () => {
    const when = on('2004');
    const nearly = claim('nearly-10bn', { value: value('nearly', 10e9, 'money'), time: when, sourceIds: [CEPR] });
    expectNoFinding(rule, [nearly, claim('9.6bn', { value: value('exact', 9.6e9, 'money'), time: when })]);
    expectFinding(rule, [nearly, claim('10.2bn', { value: value('exact', 10.2e9, 'money'), time: when })], { severity: 'CONFLICT', kind: 'BETWEEN_SOURCES', claimIds: ['nearly-10bn', '10.2bn'] });
  });

  it('figures at different times are a series', () => {
    expectNoFinding(rule, [claim('march', { value: value('exact', 10.8e6, 'money'), time: on('2024-03') }), claim('june', { value: value('exact', 21e6, 'money'), time: on('2024-06-26') })]);
  });

  it('"at least six" and "at least seven" allow the same seven', () => {
    expectNoFinding(rule, [claim('six', { value: count(6, 'at_least', 'countries'), time: on('2024-06-26') }), claim('seven', { value: count(7, 'at_least', 'countries'), time: on('2024-06-26') })]);
  });

  it('never compares a head count with an arrival', () => {
    expectNoFinding(rule, [claim('stock', { value: count(600), time: on('2024-07-16'), role: 'stock' }), claim('arrival', { value: count(200), time: on('2024-07-16'), role: 'arrival' })]);
  });
});
