import { describe, expect, it } from 'vitest';
import { analyzeMeasure } from '../../src/conflicts/analyze-measure.js';
import type { CitationClosure } from '../../src/conflicts/comparable-claim.js';
import { CEPR, WIKIPEDIA, between, claim, count, on, value } from './harness.js';

const noCitations: CitationClosure = new Map();
const name = (id: string) => id;
const jan3 = on('2025-01-03');

describe('conflicting figures of one measure', () => {
  it('"just over 500" and the table total of 590 on the same day conflict, within one source', () => {
    const { groups, support } = analyzeMeasure([claim('just-over-500', { value: count(500, 'just_over'), time: jan3 }), claim('table-590', { value: count(590), time: jan3 })], noCitations, name);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ claimIds: ['just-over-500', 'table-590'], kinds: ['WITHIN_SOURCE'], severity: 'CONFLICT' });
    expect(groups[0]!.findings[0]!.reason).toContain('just over 500 personnel');
    expect(support.get('table-590')).toMatchObject({ status: 'CONTESTED', reason: expect.stringMatching(/^Conflicts with just-over-500: /) });
  });

  it('"nearly $10 billion" admits $9.6 billion, but not $10.2 billion', () => {
    const when = between('2004', '2017');
    const nearly = claim('nearly-10bn', { value: value('nearly', 10e9, 'money'), time: when, sourceIds: [CEPR] });
    expect(analyzeMeasure([nearly, claim('9.6bn', { value: value('exact', 9.6e9, 'money'), time: when })], noCitations, name).groups).toEqual([]);
    expect(analyzeMeasure([nearly, claim('10.2bn', { value: value('exact', 10.2e9, 'money'), time: when })], noCitations, name).groups).toHaveLength(1);
  });

  it('figures at different times form a series, not a conflict', () => {
    const march = claim('basket-march', { value: value('exact', 10.8e6, 'money'), time: on('2024-03') });
    const june = claim('basket-june', { value: value('exact', 21e6, 'money'), time: on('2024-06-26'), sourceIds: [CEPR] });
    expect(analyzeMeasure([march, june], noCitations, name).groups).toEqual([]);
  });

  it('compares an undated figure with every dated one, says so, and calls it a tension that still contests', () => {
    const { groups, support } = analyzeMeasure([claim('total-300m', { value: value('exact', 300e6, 'money'), time: on('2024-02') }), claim('undated-200m', { value: value('exact', 200e6, 'money') })], noCitations, name);
    expect(groups[0]!.findings[0]!.reason).toMatch(/undated/);
    expect(groups[0]!.severity).toBe('TENSION');
    expect(support.get('undated-200m')).toMatchObject({ status: 'CONTESTED', reason: expect.stringMatching(/^In tension with total-300m: /) });
  });

  it('classifies a derived total against a stated one', () => {
    const { groups } = analyzeMeasure([claim('kenya-600-derived', { value: count(600), time: jan3, derived: true }), claim('kenya-400', { value: count(400), time: jan3 })], noCitations, name);
    expect(groups[0]!.kinds).toEqual(['DERIVED_VS_STATED']);
  });

  it('"late October 2024" lies within "October 2024": the same figure then agrees', () => {
    const late = claim('late-oct', { value: count(400), time: { start: '2024-10-21', end: '2024-10-31', label: null } });
    const october = claim('october', { value: count(400), time: on('2024-10'), sourceIds: [CEPR] });
    const { groups, support } = analyzeMeasure([late, october], noCitations, name);
    expect(groups).toEqual([]);
    expect(support.get('late-oct')).toMatchObject({ status: 'CORROBORATED', corroboratedBy: ['october'] });
  });

  it('does not count a source that cites another as independent corroboration', () => {
    const closure: CitationClosure = new Map([[WIKIPEDIA, new Set(['guardian'])]]);
    const a = claim('wp', { value: count(400), time: on('2024-06-25') });
    const b = claim('guardian', { value: count(400), time: on('2024-06-25'), sourceIds: ['guardian'] });
    expect(analyzeMeasure([a, b], closure, name).support.get('wp')?.status).toBe('SINGLE_SOURCE');
    expect(analyzeMeasure([a, b], noCitations, name).support.get('wp')?.status).toBe('CORROBORATED');
  });

  it('finds dates of one event that cannot agree, and accepts "late 2023" for 2 October 2023', () => {
    const adopted = claim('adopted', { unit: 'date', time: on('2023-10-02') });
    const late2023 = claim('late-2023', { unit: 'date', time: between('2023-09', '2023-12'), sourceIds: [CEPR] });
    const wrong = claim('wrong', { unit: 'date', time: on('2023-10-03'), sourceIds: [CEPR] });
    expect(analyzeMeasure([adopted, late2023], noCitations, name).groups).toEqual([]);
    expect(analyzeMeasure([adopted, wrong], noCitations, name).groups[0]).toMatchObject({ kinds: ['BETWEEN_SOURCES'], severity: 'TENSION' });
  });

  it('groups every claim tied by a conflict into one case', () => {
    const { groups } = analyzeMeasure(
      [claim('just-over-500', { value: count(500, 'just_over'), time: jan3 }), claim('table-590', { value: count(590), time: jan3 }), claim('infobox-590', { value: count(590) })],
      noCitations,
      name,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claimIds).toEqual(['infobox-590', 'just-over-500', 'table-590']);
    expect(groups[0]!.severity).toBe('CONFLICT');
  });
});

describe('a stock with its flows', () => {
  const kenya = { measureId: 'mss-personnel-deployed-kenya', role: 'stock' as const };
  const contingent = { measureId: 'mss-personnel-arrived-kenya-contingent', role: 'arrival' as const };
  const claims = [
    claim('first-400', { ...contingent, value: count(400), time: on('2024-06-25') }),
    claim('second-200', { ...contingent, value: count(200), time: on('2024-07-16') }),
    claim('deployed-400-june', { ...kenya, value: count(400), time: on('2024-06-25') }),
    claim('deployed-400-late-october', { ...kenya, value: count(400), time: { start: '2024-10-21', end: '2024-10-31', label: 'As of late October 2024' } }),
  ];

  it("is one case on the stock's measure, contesting the arrivals only against the stock", () => {
    const { groups, support } = analyzeMeasure(claims, noCitations, name);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ measureId: 'mss-personnel-deployed-kenya', claimIds: ['deployed-400-late-october', 'first-400', 'second-200'], severity: 'CONFLICT' });
    expect(support.get('first-400')?.reason).toMatch(/^Conflicts with deployed-400-late-october: /);
    expect(support.get('deployed-400-june')?.status).toBe('SINGLE_SOURCE');
  });

  it('leaves the outcome of claims without a role as it was', () => {
    const plain = claims.map((c) => ({ ...c, role: null, measureId: 'm' }));
    expect(analyzeMeasure(plain.filter((c) => c.id.startsWith('deployed')), noCitations, name).groups).toEqual([]);
  });
});
