import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

/** Spot checks of what the loaded corpus says, on the values users ask about first. */
let graph: TestGraph;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
});

afterAll(async () => {
  await graph?.close();
});

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await graph.driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject());
}

describe('the loaded corpus', () => {
  it('corroborates events both documents state, with no measure: the request for an intervention, MINUSTAH from 2004 to 2017', async () => {
    const found = await rows(`
      MATCH (c:Claim) WHERE c.id IN $ids
      RETURN c.id AS id, c.supportStatus AS status, [(c)-[:CORROBORATED_BY]->(o) | o.id] AS by ORDER BY id`, {
      ids: ['wp-haiti-formal-request-2022-10', 'cepr-henry-requested-intervention-2022-10', 'wp-minustah-2004-to-2017', 'cepr-minustah-2004-to-2017'],
    });
    expect(found).toEqual([
      { id: 'cepr-henry-requested-intervention-2022-10', status: 'CORROBORATED', by: ['wp-haiti-formal-request-2022-10'] },
      { id: 'cepr-minustah-2004-to-2017', status: 'CORROBORATED', by: ['wp-minustah-2004-to-2017'] },
      { id: 'wp-haiti-formal-request-2022-10', status: 'CORROBORATED', by: ['cepr-henry-requested-intervention-2022-10'] },
      { id: 'wp-minustah-2004-to-2017', status: 'CORROBORATED', by: ['cepr-minustah-2004-to-2017'] },
    ]);
  });

  it('has the article’s whole reference list: numbers 1 to 44, a work listed twice being one source', async () => {
    const cites = await rows(`
      MATCH (:Source {id: 'wikipedia-mss'})-[r:CITES]->(w:Source)
      RETURN toInteger(r.number) AS number, w.id AS work ORDER BY number`);
    expect(cites.map((c) => Number(c.number))).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    const workOf = new Map(cites.map((c) => [Number(c.number), c.work as string]));
    expect(new Set(workOf.values()).size).toBe(40);
    for (const [a, b] of [[7, 28], [10, 38], [30, 42], [32, 43]] as const) expect(workOf.get(a), `references ${a} and ${b}`).toBe(workOf.get(b));
    expect(workOf.get(7)).not.toBe(workOf.get(8));
  });

  it('holds the personnel table of 3 January 2025 row by row, its stated total, and the sum of its rows', async () => {
    const table = await rows(`
      MATCH (c:Claim)-[:OF_MEASURE]->(m:Measure)-[:ABOUT]->(country:Entity {type: 'country'})
      WHERE c.id STARTS WITH 'wp-table-' AND c.timeStart = date('2025-01-03')
      RETURN country.id AS country, c.amount AS amount, c.id AS id`);
    const byCountry = Object.fromEntries(table.filter((r) => !String(r.id).includes('from-breakdown')).map((r) => [r.country, r.amount]));
    expect(byCountry).toEqual({ bahamas: 6, belize: 2, 'el-salvador': 8, guatemala: 150, jamaica: 24, kenya: 400 });

    const [total] = await rows(`
      MATCH (stated:Claim {id: 'wp-table-total-590'}), (derived:Claim {id: 'wp-table-total-590-from-rows'})
      RETURN stated.amount AS stated, derived.amount AS derived, [(derived)-[:DERIVED_FROM]->(part) | part.amount] AS parts`);
    expect(total).toMatchObject({ stated: 590, derived: 590 });
    expect((total!.parts as number[]).reduce((a, b) => a + b, 0)).toBe(590);
  });

  it('has the vote on Resolution 2699: 13 for, none against, 2 abstentions, on 2 October 2023', async () => {
    const votes = await rows(`
      MATCH (c:Claim {kind: 'vote'})-[:OF_MEASURE]->(m:Measure)
      WHERE m.id STARTS WITH 'unsc-res2699-'
      RETURN m.id AS measure, collect(DISTINCT c.amount) AS amounts, collect(DISTINCT toString(c.timeStart)) AS days`);
    expect(Object.fromEntries(votes.map((v) => [v.measure, [v.amounts, v.days]]))).toEqual({
      'unsc-res2699-votes-for': [[13], ['2023-10-02']],
      'unsc-res2699-votes-against': [[0], ['2023-10-02']],
      'unsc-res2699-abstentions': [[2], ['2023-10-02']],
    });
  });
});
