import { describe, expect, it } from 'vitest';
import { analyzeMeasure } from '../../src/conflicts/analyze-measure.js';
import type { CitationClosure, ComparableClaim } from '../../src/conflicts/comparable-claim.js';
import type { ClaimValue, Qualifier } from '../../src/model/claim-value.js';

const WIKIPEDIA = 'wikipedia-mss';
const CEPR = 'cepr-johnston-2024-06-26';
const noCitations: CitationClosure = new Map();
const name = (id: string) => id;

function value(qualifier: Qualifier, amount: number, unit = 'personnel'): ClaimValue {
  return { qualifier, amount, low: null, high: null, unit, currency: unit === 'money' ? 'USD' : null };
}

function claim(id: string, v: ClaimValue | null, time: [string, string] | null, sources = [WIKIPEDIA], extra: Partial<ComparableClaim> = {}): ComparableClaim {
  return {
    id,
    measureId: 'm',
    unit: v?.unit ?? 'date',
    value: v,
    time: time ? { start: time[0], end: time[1], label: null } : null,
    sourceIds: sources,
    derived: false,
    ...extra,
  };
}

const jan3: [string, string] = ['2025-01-03', '2025-01-03'];

describe('conflicting figures of one measure', () => {
  it('"just over 500" and the table total of 590 on the same day conflict, within one source', () => {
    const { groups, support } = analyzeMeasure(
      [claim('just-over-500', value('just_over', 500), jan3), claim('table-590', value('exact', 590), jan3)],
      noCitations,
      name,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ claimIds: ['just-over-500', 'table-590'], kinds: ['WITHIN_SOURCE'] });
    expect(groups[0]!.findings[0]!.reason).toContain('just over 500 personnel');
    expect(support.get('table-590')?.status).toBe('CONTESTED');
  });

  it('"nearly $10 billion" admits $9.6 billion, but not $10.2 billion', () => {
    const when: [string, string] = ['2004-01-01', '2017-12-31'];
    const nearly = claim('nearly-10bn', value('nearly', 10e9, 'money'), when, [CEPR]);
    expect(analyzeMeasure([nearly, claim('9.6bn', value('exact', 9.6e9, 'money'), when)], noCitations, name).groups).toEqual([]);
    expect(analyzeMeasure([nearly, claim('10.2bn', value('exact', 10.2e9, 'money'), when)], noCitations, name).groups).toHaveLength(1);
  });

  it('figures at different times form a series, not a conflict', () => {
    const march = claim('basket-march', value('exact', 10.8e6, 'money'), ['2024-03-01', '2024-03-31']);
    const june = claim('basket-june', value('exact', 21e6, 'money'), ['2024-06-26', '2024-06-26'], [CEPR]);
    expect(analyzeMeasure([march, june], noCitations, name).groups).toEqual([]);
  });

  it('compares an undated figure with every dated one, and says so', () => {
    const { groups } = analyzeMeasure(
      [claim('total-300m', value('exact', 300e6, 'money'), ['2024-02-01', '2024-02-29']), claim('undated-200m', value('exact', 200e6, 'money'), null)],
      noCitations,
      name,
    );
    expect(groups[0]!.findings[0]!.reason).toMatch(/undated/);
  });

  it('classifies a derived total against a stated one', () => {
    const { groups } = analyzeMeasure(
      [claim('kenya-600-derived', value('exact', 600), jan3, [WIKIPEDIA], { derived: true }), claim('kenya-400', value('exact', 400), jan3)],
      noCitations,
      name,
    );
    expect(groups[0]!.kinds).toEqual(['DERIVED_VS_STATED']);
  });

  it('"late October 2024" lies within "October 2024": the same figure then agrees', () => {
    const late = claim('late-oct', value('exact', 400), ['2024-10-21', '2024-10-31']);
    const october = claim('october', value('exact', 400), ['2024-10-01', '2024-10-31'], [CEPR]);
    const { groups, support } = analyzeMeasure([late, october], noCitations, name);
    expect(groups).toEqual([]);
    expect(support.get('late-oct')).toMatchObject({ status: 'CORROBORATED', corroboratedBy: ['october'] });
  });

  it('does not count a source that cites another as independent corroboration', () => {
    const closure: CitationClosure = new Map([[WIKIPEDIA, new Set(['guardian'])]]);
    const a = claim('wp', value('exact', 400), ['2024-06-25', '2024-06-25']);
    const b = claim('guardian', value('exact', 400), ['2024-06-25', '2024-06-25'], ['guardian']);
    expect(analyzeMeasure([a, b], closure, name).support.get('wp')?.status).toBe('SINGLE_SOURCE');
    expect(analyzeMeasure([a, b], noCitations, name).support.get('wp')?.status).toBe('CORROBORATED');
  });

  it('finds dates of one event that cannot agree, and accepts "late 2023" for 2 October 2023', () => {
    const adopted = claim('adopted', null, ['2023-10-02', '2023-10-02']);
    const late2023 = claim('late-2023', null, ['2023-09-01', '2023-12-31'], [CEPR]);
    const wrong = claim('wrong', null, ['2023-10-03', '2023-10-03'], [CEPR]);
    expect(analyzeMeasure([adopted, late2023], noCitations, name).groups).toEqual([]);
    expect(analyzeMeasure([adopted, wrong], noCitations, name).groups[0]!.kinds).toEqual(['BETWEEN_SOURCES']);
  });

  it('groups every claim tied by a conflict into one case', () => {
    const { groups } = analyzeMeasure(
      [
        claim('just-over-500', value('just_over', 500), jan3),
        claim('table-590', value('exact', 590), jan3),
        claim('infobox-590', value('exact', 590), null),
      ],
      noCitations,
      name,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claimIds).toEqual(['infobox-590', 'just-over-500', 'table-590']);
  });
});
