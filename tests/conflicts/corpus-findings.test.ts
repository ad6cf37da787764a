import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/conflicts/analyze-events.js';
import { analyzeMeasure } from '../../src/conflicts/analyze-measure.js';
import { analyzeMeasureGroup } from '../../src/conflicts/analyze-measure-group.js';
import { corpusClaim, corpusEvent } from './corpus-claims.js';

/**
 * What the rules find in the corpus's real claims, with the fields the seed gives them (roles,
 * lists, words; the sums are declared in seed/measures and handed in here as the write side
 * does): the cases a careful reader of the two documents finds. What the API reports after the
 * seed loads is checked by tests/graphql/corpus-findings.int.test.ts.
 */
const name = (id: string) => id;
const noCitations = new Map<string, Set<string>>();

describe('the corpus, with its stocks, flows, sums, lists and events', () => {
  it("Kenya: the 400 of late October 2024 and of the table fall short of the two contingents' 600", () => {
    const stock = { role: 'stock' as const };
    const arrival = { role: 'arrival' as const };
    const { groups } = analyzeMeasure(
      [
        corpusClaim('wp-kenya-first-contingent-400', arrival),
        corpusClaim('wp-kenya-second-contingent-200', arrival),
        corpusClaim('wp-kenya-deployed-400-2024-06-25', stock),
        corpusClaim('wp-kenya-deployed-600-after-second-contingent', stock),
        corpusClaim('wp-kenya-deployed-400-late-oct-2024', stock),
        corpusClaim('wp-table-kenya-400', stock),
      ],
      noCitations,
      name,
    );
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group).toMatchObject({ measureId: 'mss-personnel-deployed-kenya', severity: 'CONFLICT', kinds: ['WITHIN_SOURCE'] });
    expect(group!.findings.map((f) => [f.rule, ...f.claimIds])).toEqual([
      ['stock-below-arrivals', 'wp-kenya-deployed-400-late-oct-2024', 'wp-kenya-first-contingent-400', 'wp-kenya-second-contingent-200'],
      ['stock-below-arrivals', 'wp-table-kenya-400', 'wp-kenya-first-contingent-400', 'wp-kenya-second-contingent-200'],
    ]);
    expect(group!.findings[0]!.reason).toBe(
      '“As of late October 2024, the mission remains severely understaffed, with Kenya deploying only 400 troops” (late October 2024) is fewer than the 600 personnel that the arrivals before it add up to (“On 25 June 2024, Kenya\'s first contingent of 400 elite police officers landed in Port-au-Prince\'s international airport” (25 June 2024); “A second contingent consisting of 200 officers arrived on 16 July” (16 July)), and no departure is stated in between.',
    );
  });

  it('Jamaica and Belize: 20 in late October 2024, while about two dozen Jamaicans arrived on 12 September', () => {
    const { groups } = analyzeMeasureGroup(
      {
        wholeMeasureId: 'mss-personnel-deployed-jamaica-and-belize',
        whole: [corpusClaim('wp-jamaica-belize-20-late-oct-2024'), corpusClaim('wp-table-jamaica-belize-26')],
        parts: new Map([
          ['mss-personnel-deployed-jamaica', [corpusClaim('wp-jamaica-arrived-two-dozen-2024-09-12', { role: 'stock' }), corpusClaim('wp-table-jamaica-24', { role: 'stock' })]],
          ['mss-personnel-deployed-belize', [corpusClaim('wp-table-belize-2', { role: 'stock' })]],
        ]),
      },
      noCitations,
      name,
    );
    expect(groups.map((g) => [g.severity, ...g.claimIds])).toEqual([['CONFLICT', 'wp-jamaica-arrived-two-dozen-2024-09-12', 'wp-jamaica-belize-20-late-oct-2024']]);
    expect(groups[0]!.findings[0]!.reason).toContain('with no departure stated since');
  });

  it('the personnel table: its rows, with 75 Guatemalans, add up to 515, within "just over 500" and below 590', () => {
    const on3January = (id: string) => corpusClaim(id, { role: 'stock' });
    const parts = new Map([
      ['mss-personnel-deployed-bahamas', [on3January('wp-table-bahamas-6'), on3January('wp-bahamas-deployed-6-2024-10-18')]],
      ['mss-personnel-deployed-belize', [on3January('wp-table-belize-2')]],
      ['mss-personnel-deployed-el-salvador', [on3January('wp-table-el-salvador-8'), on3January('wp-el-salvador-deployed-8-2025-01-03')]],
      ['mss-personnel-deployed-guatemala', [on3January('wp-table-guatemala-150'), on3January('wp-guatemala-deployed-75-2025-01-03')]],
      ['mss-personnel-deployed-jamaica', [on3January('wp-table-jamaica-24')]],
      ['mss-personnel-deployed-kenya', [on3January('wp-table-kenya-400')]],
    ]);
    const whole = ['wp-infobox-mss-size-590', 'wp-lead-deployed-just-over-500', 'wp-table-total-590'].map((id) => corpusClaim(id));
    expect(analyzeMeasureGroup({ wholeMeasureId: 'mss-personnel-deployed-total', whole, parts }, noCitations, name).groups).toEqual([]);
  });

  it('CEPR counts "at least six" and "at least seven" other countries on one day: a tension', () => {
    const { groups } = analyzeMeasure([corpusClaim('cepr-at-least-six-other-countries-pledged'), corpusClaim('cepr-at-least-seven-other-countries-offered'), corpusClaim('wp-countries-formally-agreed-7-2024-09-30')], noCitations, name);
    // The seven of 30 September is a later count (a series with CEPR's); as a list it drops two of CEPR's seven.
    expect(groups.map((g) => [g.severity, g.findings.map((f) => f.rule), g.claimIds])).toEqual([
      ['TENSION', ['differing-bounds', 'dropped-member'], ['cepr-at-least-seven-other-countries-offered', 'cepr-at-least-six-other-countries-pledged', 'wp-countries-formally-agreed-7-2024-09-30']],
    ]);
    expect(groups[0]!.findings[0]!.reason).toBe(
      'The same source says “at least six other countries have pledged to contribute troops” (26 June 2024) and “at least seven other countries have offered to contribute troops, namely, the Bahamas, Bangladesh, Barbados, Belize, Benin, Chad, and Jamaica” (26 June 2024). Both are true if the figure is at least 7 countries, but then the other bound is not the writer\'s count.',
    );
  });

  it('lists of the countries: CEPR\'s open seven against the article\'s undated eight and the seven of 30 September', () => {
    const { groups } = analyzeMeasure(
      ['cepr-at-least-seven-other-countries-offered', 'wp-countries-formally-agreed-7-2024-09-30', 'wp-lead-countries-pledged-personnel-list'].map((id) => corpusClaim(id)),
      noCitations,
      name,
      { aliases: new Map([['bahamas', 'bahamas']]) },
    );
    expect(groups.map((g) => [g.severity, g.findings.map((f) => [f.rule, f.severity])])).toEqual([
      ['TENSION', [['differing-lists', 'TENSION'], ['differing-lists', 'TENSION'], ['dropped-member', 'TENSION']]],
    ]);
    expect(groups[0]!.findings.find((f) => f.rule === 'dropped-member')!.reason).toContain('no longer names Barbados and Belize');
  });

  it("Haiti's request for an intervention, dated October 2022 by both documents, corroborates across them", () => {
    const REQUEST = 'request-for-intervention:haiti';
    const support = analyzeEvents([corpusEvent('wp-haiti-formal-request-2022-10', REQUEST), corpusEvent('cepr-henry-requested-intervention-2022-10', REQUEST)], noCitations, name);
    expect(support.get('wp-haiti-formal-request-2022-10')).toMatchObject({ status: 'CORROBORATED', corroboratedBy: ['cepr-henry-requested-intervention-2022-10'] });
  });
});
