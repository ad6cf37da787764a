import { afterAll, describe, expect, it } from 'vitest';
import { Curation } from '../../src/curation/curation.js';
import { curationRun } from '../support/curation-fixture.js';
import { useCorpusApi } from '../support/corpus-api.js';

/**
 * What the API reports on the corpus now that the seed carries roles, lists, categories and sum
 * declarations (docs/corpus-findings.md lists it all), and what a curation write on one part of a
 * sum reassesses. Each expected group is checked against the texts in docs/conflicts.md.
 */
const env = useCorpusApi();
const run = curationRun();
afterAll(() => run.cleanUp(env.graph.runner));

type Json = Record<string, any>;

const CONFLICTS = `query ($severity: Severity) {
  conflicts(severity: $severity, first: 50) {
    totalCount
    edges { node { measure { id } severity kinds findings { rule severity reason claims { id citations { quote } derivation { method } } } } }
  }
}`;

async function conflicts(severity?: string): Promise<Json[]> {
  const { data, errors } = await env.api.query<Json>(CONFLICTS, { severity });
  expect(errors).toBeUndefined();
  return data!.conflicts.edges.map((e: Json) => e.node);
}

describe('the corpus findings, through the API', () => {
  it('lists six conflict groups, each with its severity and the rules that found it', async () => {
    const groups = await conflicts();
    const summary = Object.fromEntries(groups.map((g) => [g.measure.id, [g.severity, g.findings.map((f: Json) => `${f.severity} ${f.rule}`).sort()]]));
    expect(summary).toEqual({
      // CEPR's six and seven on one day; its open list of seven against the article's undated list
      // (which omits Belize) and against the seven of 30 September (which drop Barbados and Belize);
      // the 30 September list against the undated one.
      'mss-contributing-countries': ['TENSION', ['TENSION differing-bounds', 'TENSION differing-lists', 'TENSION differing-lists', 'TENSION dropped-member']],
      'mss-funding-pledged-united-states': ['TENSION', ['TENSION incompatible-values', 'TENSION incompatible-values']],
      // 75 on 3 January against the table's 150 that day; and the 150 of 4 January below the table's 150 plus the 75 who landed on 4 January.
      'mss-personnel-deployed-guatemala': ['CONFLICT', ['CONFLICT incompatible-values', 'CONFLICT stock-below-arrivals']],
      'mss-personnel-deployed-jamaica-and-belize': ['CONFLICT', ['CONFLICT parts-exceed-whole']],
      'mss-personnel-deployed-kenya': ['CONFLICT', ['CONFLICT stock-below-arrivals', 'CONFLICT stock-below-arrivals']],
      'mss-personnel-deployed-total': ['CONFLICT', ['CONFLICT incompatible-values', 'CONFLICT incompatible-values', 'CONFLICT incompatible-values']],
    });
    expect((await conflicts('TENSION')).map((g) => g.measure.id).sort()).toEqual(['mss-contributing-countries', 'mss-funding-pledged-united-states']);
  });

  it('names both sides of each new finding in their words, with the quotes of its claims', async () => {
    const groups = new Map((await conflicts()).map((g) => [g.measure.id, g]));
    const kenya = groups.get('mss-personnel-deployed-kenya')!.findings;
    expect(kenya.map((f: Json) => f.claims.map((c: Json) => c.id))).toEqual([
      ['wp-kenya-deployed-400-late-oct-2024', 'wp-kenya-first-contingent-400'],
      ['wp-table-kenya-400', 'wp-kenya-first-contingent-400'],
    ]);
    expect(kenya[0].reason).toContain('Kenya deploying only 400 troops” (late October 2024) is fewer than the 600 personnel that the arrivals before it add up to');
    expect(kenya[0].reason).toContain('“A second contingent consisting of 200 officers arrived on 16 July”');
    const [jamaicaBelize] = groups.get('mss-personnel-deployed-jamaica-and-belize')!.findings;
    expect(jamaicaBelize.reason).toBe(
      '“alongside 20 officers from Jamaica and Belize” (late October 2024) is less than what its parts state: “On 12 September 2024, two dozen soldiers and police officers from Jamaica arrived in Haiti” (12 September 2024), with no departure stated since.',
    );
    const guatemala = groups.get('mss-personnel-deployed-guatemala')!.findings.find((f: Json) => f.rule === 'stock-below-arrivals');
    // The 75 of 4 January is reported by the article and by a headline it cites: one arrival, counted once.
    expect(guatemala.reason).toMatch(/^150 personnel \(4 January 2025\) is fewer than the 225 personnel/);
    const lists = groups.get('mss-contributing-countries')!.findings;
    expect(lists.find((f: Json) => f.rule === 'dropped-member').reason).toContain('no longer names Barbados and Belize');
    expect(lists.filter((f: Json) => f.rule === 'differing-lists').map((f: Json) => f.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('the first names Belize, which the second omits'), expect.stringContaining('the second names Guyana and Barbados, which the first omits')]),
    );
    for (const finding of [...groups.values()].flatMap((g) => g.findings)) {
      for (const claim of finding.claims) expect(claim.citations.length > 0 || claim.derivation !== null).toBe(true);
    }
  });

  it('gives claims their role, list and category, and measures their sums and flows', async () => {
    const { data } = await env.api.query<Json>(`{
      list: claim(id: "cepr-at-least-seven-other-countries-offered") { members { name entity { id } } }
      status: claim(id: "wp-lead-not-a-un-operation") { kind category support { status } }
      arrival: claim(id: "wp-kenya-first-contingent-400") { role }
      kenya: measure(id: "mss-personnel-deployed-kenya") { flows { id } partOf { id } }
      group: measure(id: "mss-personnel-deployed-jamaica-and-belize") { sumOf { id } }
    }`);
    expect(data!.list.members[0]).toEqual({ name: 'the Bahamas', entity: { id: 'bahamas' } });
    expect(data!.list.members.map((m: Json) => m.entity.id)).toEqual(['bahamas', 'bangladesh', 'barbados', 'belize', 'benin', 'chad', 'jamaica']);
    // Both documents say 'no'; the article's statement is undated, so it corroborates nothing.
    expect(data!.status).toEqual({ kind: 'STATUS', category: 'no', support: { status: 'SINGLE_SOURCE' } });
    expect(data!.arrival.role).toBe('ARRIVAL');
    expect(data!.kenya).toEqual({ flows: [{ id: 'mss-personnel-arrived-kenya-contingent' }], partOf: [{ id: 'mss-personnel-deployed-total' }] });
    expect(data!.group.sumOf.map((m: Json) => m.id).sort()).toEqual(['mss-personnel-deployed-belize', 'mss-personnel-deployed-jamaica']);
  });
});

describe('a curation write on a part of a sum', () => {
  it('reassesses the sum it is a part of (and the measures linked to it), finds the new case, and reads no other measure', async () => {
    const curation = new Curation(env.graph.runner);
    const source = run.id('belize-brief');
    const text = 'Belize brief (invented test material for claimgraph, not a publication).\nAs of late October 2024, Belize had 30 officers with the mission.\nCanada pledged $5 million to the mission in October 2024.\n';
    await curation.addSource(run.agent, { id: source, title: 'Belize brief (test material)', text });
    const before = env.graph.runner.roundTrips;
    const started = performance.now();
    const result = await curation.addClaims(run.agent, {
      source,
      claims: [
        {
          id: run.id('belize-30-late-oct-2024'),
          kind: 'count',
          statement: 'As of late October 2024, Belize had 30 officers with the MSS.',
          subject: 'belize',
          measure: 'mss-personnel-deployed-belize',
          value: { qualifier: 'exact', amount: 30, unit: 'personnel' },
          time: { on: '2024-10', part: 'late' },
          citations: [{ quote: 'As of late October 2024, Belize had 30 officers with the mission.' }],
        },
      ],
    });
    const ms = performance.now() - started;
    const trips = env.graph.runner.roundTrips - before;
    // Belize's sums (with Jamaica; the total), their other parts and the stocks' flows: the
    // measures linked to Belize, whose claims' support every linked analysis contributes to.
    expect(result.reassessedMeasureIds).toEqual([
      'mss-personnel-arrived-guatemala-contingent',
      'mss-personnel-arrived-kenya-contingent',
      'mss-personnel-deployed-bahamas',
      'mss-personnel-deployed-belize',
      'mss-personnel-deployed-el-salvador',
      'mss-personnel-deployed-guatemala',
      'mss-personnel-deployed-jamaica',
      'mss-personnel-deployed-jamaica-and-belize',
      'mss-personnel-deployed-kenya',
      'mss-personnel-deployed-total',
      'mss-police-deployed-jamaica',
      'mss-soldiers-deployed-jamaica',
    ]);
    // The 20 of Jamaica and Belize now falls short of Jamaica's two dozen and Belize's 30 together.
    expect(result.conflictChanges.map((c) => [c.change, c.measureId])).toEqual([['ALTERED', 'mss-personnel-deployed-jamaica-and-belize']]);
    const { records } = await env.graph.driver.executeQuery('MATCH (:Conflict {id: $id})-[:INVOLVES]->(c) RETURN c.id AS id ORDER BY id', { id: result.conflictChanges[0]!.id });
    expect(records.map((r) => r.get('id'))).toEqual([run.id('belize-30-late-oct-2024'), 'wp-jamaica-arrived-two-dozen-2024-09-12', 'wp-jamaica-belize-20-late-oct-2024']);
    expect(result.supportChanges).toEqual([{ claimId: run.id('belize-30-late-oct-2024'), before: null, after: 'CONTESTED' }]);

    // A write on a measure linked to nothing takes as many round trips: the links are followed inside the one assessment query.
    const beforeUnlinked = env.graph.runner.roundTrips;
    const unlinked = await curation.addClaims(run.agent, {
      source,
      claims: [
        {
          id: run.id('canada-5m-2024-10'),
          kind: 'pledge',
          statement: 'In October 2024 Canada pledged $5 million to the MSS.',
          subject: 'canada',
          measure: 'mss-funding-pledged-canada',
          value: { qualifier: 'exact', amount: 5000000, unit: 'money', currency: '$' },
          time: { on: '2024-10' },
          citations: [{ quote: 'Canada pledged $5 million to the mission in October 2024.' }],
        },
      ],
    });
    expect(unlinked.reassessedMeasureIds).toEqual(['mss-funding-pledged-canada']);
    expect(env.graph.runner.roundTrips - beforeUnlinked).toBe(trips);
    console.log(`addClaims on a part of a sum: ${trips} round trips, ${ms.toFixed(0)} ms, ${result.reassessedMeasureIds.length} measures reassessed`);
  });
});
