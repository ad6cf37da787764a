import { describe, it } from 'vitest';
import { differingListsRule } from '../../src/conflicts/differing-lists-rule.js';
import { CEPR, claim, count, expectFinding, expectNoFinding, on } from './harness.js';
import { CEPR_SEVEN, LEAD_EIGHT } from './list-fixtures.js';

const rule = differingListsRule;
const june26 = on('2024-06-26');
const list = (id: string, members: string[], fields = {}) => claim(id, { unit: 'countries', members, ...fields });

describe('differing-lists', () => {
  it('two lists on one day, each naming a member the other lacks, conflict; the reason says what each omits', () => {
    expectFinding(rule, [list('cepr', CEPR_SEVEN, { time: june26, sourceIds: [CEPR] }), list('lead', LEAD_EIGHT, { time: june26 })], {
      severity: 'CONFLICT',
      kind: 'BETWEEN_SOURCES',
      claimIds: ['cepr', 'lead'],
      reason: ['the first names Belize, which the second omits', 'the second names Guyana and Antigua and Barbuda, which the first omits'],
    });
  });

  it('one list within the other is a tension: the shorter may be incomplete', () => {
    const six = CEPR_SEVEN.filter((c) => c !== 'Jamaica');
    expectFinding(rule, [list('seven', CEPR_SEVEN, { time: june26 }), list('six', six, { time: june26, sourceIds: [CEPR] })], { severity: 'TENSION', claimIds: ['seven', 'six'], reason: ['the first names Jamaica', 'the list that omits members is incomplete'] });
  });

  it('an open list ("at least seven ..., namely") may omit members; what it names still counts against a closed one', () => {
    const open = { value: count(7, 'at_least', 'countries') };
    expectNoFinding(rule, [list('open', CEPR_SEVEN, { time: june26, ...open }), list('more', [...CEPR_SEVEN, 'Guyana'], { time: june26, sourceIds: [CEPR] })]);
    expectFinding(rule, [list('cepr', CEPR_SEVEN, { time: june26, sourceIds: [CEPR], ...open }), list('lead', LEAD_EIGHT, { time: june26 })], {
      severity: 'TENSION',
      claimIds: ['cepr', 'lead'],
      reason: ['the first names Belize, which the second omits.', 'list that omits members is incomplete'],
    });
  });

  it('a difference with an undated list is a tension', () => {
    expectFinding(rule, [list('cepr', CEPR_SEVEN, { time: june26, sourceIds: [CEPR] }), list('lead', LEAD_EIGHT)], { severity: 'TENSION', claimIds: ['cepr', 'lead'], reason: ['undated'] });
  });

  it('matches "the Bahamas" with "Bahamas", and other names through the aliases', () => {
    expectNoFinding(rule, [list('a', ['the Bahamas', 'Jamaica'], { time: june26 }), list('b', ['Bahamas', 'Jamaica'], { time: june26 })]);
    const aliases = new Map([['us', 'united-states'], ['united states', 'united-states']]);
    expectNoFinding(rule, [list('a', ['US', 'Canada'], { time: june26 }), list('b', ['United States', 'Canada'], { time: june26 })], { aliases });
    expectFinding(rule, [list('a', ['US', 'Canada'], { time: june26 }), list('b', ['United States', 'Canada'], { time: june26 })], { severity: 'CONFLICT', claimIds: ['a', 'b'] });
  });

  it('lists at different times are left to dropped-member', () => {
    expectNoFinding(rule, [list('june', CEPR_SEVEN, { time: june26 }), list('september', LEAD_EIGHT, { time: on('2024-09-30') })]);
  });
});
