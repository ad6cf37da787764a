import { describe, it } from 'vitest';
import { listAgainstCountRule } from '../../src/conflicts/list-against-count-rule.js';
import { claim, count, expectFinding, expectNoFinding, on } from './harness.js';
import { CEPR_SEVEN, LEAD_EIGHT } from './list-fixtures.js';

const rule = listAgainstCountRule;
const march = on('2024-03-05');
const list = (id: string, members: string[], fields = {}) => claim(id, { unit: 'countries', members, ...fields });
const countries = (id: string, amount: number, qualifier: 'exact' | 'at_least' = 'exact', fields = {}) => claim(id, { value: count(amount, qualifier, 'countries'), ...fields });

describe('list-against-count', () => {
  it('"Five countries pledge personnel" against a list of eight on the same day conflicts', () => {
    expectFinding(rule, [list('lead', LEAD_EIGHT, { time: march }), countries('five', 5, 'exact', { time: march, sourceIds: ['reuters'], quote: 'Five countries pledge personnel for Haiti security mission' })], {
      severity: 'CONFLICT',
      claimIds: ['five', 'lead'],
      reason: ['“Five countries pledge personnel', 'the list names 8, where the count says 5 countries.'],
    });
  });

  it('a list shorter than the count is a tension: the list may be incomplete', () => {
    expectFinding(rule, [countries('seven', 7, 'at_least', { time: march }), list('six', CEPR_SEVEN.slice(1), { time: march })], { severity: 'TENSION', claimIds: ['seven', 'six'], reason: ['the list names 6, where the count says at least 7 countries', 'list is incomplete'] });
  });

  it('an undated side makes it a tension', () => {
    expectFinding(rule, [list('lead', LEAD_EIGHT), countries('five', 5, 'exact', { time: march })], { severity: 'TENSION', claimIds: ['five', 'lead'], reason: ['undated'] });
  });

  it('agrees with "at least six" against seven; leaves a list with its own count, and other times, alone', () => {
    expectNoFinding(rule, [countries('six', 6, 'at_least', { time: march }), list('seven', CEPR_SEVEN, { time: march })]);
    expectNoFinding(rule, [countries('five', 5, 'exact', { time: march }), list('seven', CEPR_SEVEN, { time: march, value: count(7, 'at_least', 'countries') })]);
    expectNoFinding(rule, [countries('five', 5, 'exact', { time: march }), list('eight', LEAD_EIGHT, { time: on('2024-09-30') })]);
  });
});
