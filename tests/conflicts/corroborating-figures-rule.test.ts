import { describe, it } from 'vitest';
import { corroboratingFiguresRule } from '../../src/conflicts/corroborating-figures-rule.js';
import { CEPR, WIKIPEDIA, between, claim, count, expectCorroboration, on } from './harness.js';

const rule = corroboratingFiguresRule;
const october = on('2024-10');

describe('corroborating-figures', () => {
  it('the same figure at overlapping times from independent sources corroborates', () => {
    const late = claim('late-october', { value: count(400), time: { start: '2024-10-21', end: '2024-10-31', label: 'late October 2024' } });
    expectCorroboration(rule, [late, claim('october', { value: count(400), time: october, sourceIds: [CEPR] })], [['late-october', 'october']]);
  });

  it('dates of one event corroborate when their times overlap: "late 2023" and 2 October 2023', () => {
    expectCorroboration(rule, [claim('adopted', { unit: 'date', time: on('2023-10-02') }), claim('late-2023', { unit: 'date', time: between('2023-09', '2023-12'), sourceIds: [CEPR] })], [['adopted', 'late-2023']]);
  });

  it('a source that cites the other, or two sources repeating one originator, are one voice', () => {
    const a = claim('wp', { value: count(400), time: october });
    const cited = claim('guardian', { value: count(400), time: october, sourceIds: ['guardian'] });
    expectCorroboration(rule, [a, cited], [], { closure: new Map([[WIKIPEDIA, new Set(['guardian'])]]) });
    const un = { attributedTo: ['united-nations'] };
    expectCorroboration(rule, [{ ...a, ...un }, { ...cited, ...un }], []);
    expectCorroboration(rule, [{ ...a, ...un }, cited], [['wp', 'guardian']]);
  });

  it('an undated figure, or one a rule before set against the other, corroborates nothing', () => {
    expectCorroboration(rule, [claim('dated', { value: count(400), time: october }), claim('undated', { value: count(400), sourceIds: [CEPR] })], []);
    const lists = { unit: 'countries', time: october, value: count(2, 'exact', 'countries') };
    expectCorroboration(rule, [claim('a', { ...lists, members: ['Jamaica', 'Belize'] }), claim('b', { ...lists, members: ['Jamaica', 'Chad'], sourceIds: [CEPR] })], []);
  });

  it('equal categories and equal lists agree', () => {
    expectCorroboration(rule, [claim('a', { category: 'no', time: october }), claim('b', { category: 'No', time: october, sourceIds: [CEPR] })], [['a', 'b']]);
    expectCorroboration(rule, [claim('a', { members: ['the Bahamas'], time: october }), claim('b', { members: ['Bahamas'], time: october, sourceIds: [CEPR] })], [['a', 'b']]);
  });
});
