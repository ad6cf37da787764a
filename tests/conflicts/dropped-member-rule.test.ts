import { describe, it } from 'vitest';
import { droppedMemberRule } from '../../src/conflicts/dropped-member-rule.js';
import { CEPR, claim, count, expectFinding, expectNoFinding, on } from './harness.js';
import { CEPR_SEVEN, FORMALLY_AGREED } from './list-fixtures.js';

const rule = droppedMemberRule;
const list = (id: string, members: string[], fields = {}) => claim(id, { unit: 'countries', members, ...fields });
const june = list('june', CEPR_SEVEN, { time: on('2024-06-26'), sourceIds: [CEPR] });
const september = list('september', FORMALLY_AGREED, { time: on('2024-09-30', 'As of 30 September 2024') });

describe('dropped-member', () => {
  it('a later list that drops members with no withdrawal stated is a tension, naming them', () => {
    expectFinding(rule, [june, september], {
      severity: 'TENSION',
      claimIds: ['september', 'june'],
      reason: ['(As of 30 September 2024) no longer names Barbados and Belize', 'no source states that they withdrew'],
    });
  });

  it('a stated withdrawal between the lists explains the dropped member', () => {
    const withdrew = (members: string[]) => claim('withdrew', { unit: 'countries', members, role: 'departure', time: on('2024-08') });
    expectNoFinding(rule, [june, september, withdrew(['Barbados', 'Belize'])]);
    expectFinding(rule, [june, september, withdrew(['Barbados'])], { severity: 'TENSION', claimIds: ['september', 'june'], reason: ['no longer names Belize,'] });
  });

  it('compares each list with the one just before it', () => {
    const july = list('july', [...CEPR_SEVEN, 'Guyana'], { time: on('2024-07') });
    expectFinding(rule, [june, july, { ...september, members: [...FORMALLY_AGREED, 'Barbados', 'Belize'] }], { severity: 'TENSION', claimIds: ['september', 'july'], reason: ['no longer names Guyana'] });
  });

  it('a list that grows is a series; an undated list has no place in it', () => {
    expectNoFinding(rule, [june, list('later', [...CEPR_SEVEN, 'Guinea'], { time: on('2024-09-30') })]);
    expectNoFinding(rule, [june, list('undated', ['Jamaica'])]);
    expectNoFinding(rule, [june, { ...september, value: count(7, 'at_least', 'countries') }]);
  });
});
