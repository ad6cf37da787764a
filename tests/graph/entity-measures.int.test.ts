import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherDir, queryText } from '../../src/database/named-query.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
});
afterAll(async () => graph?.close());

/** Db hits of every operator of a profiled plan. */
const dbHits = (plan: { dbHits: number; children: unknown[] }): number => plan.dbHits + plan.children.reduce<number>((sum, child) => sum + dbHits(child as typeof plan), 0);

describe("an entity's measures", () => {
  // Claims and measures are both ABOUT their entity: found through those links, an entity's
  // measures would cost a read of every claim about it, which grows with the graph.
  it('are read without reading the claims about the entity', async () => {
    const { records } = await graph.driver.executeQuery(`
      MATCH (e:Entity)<-[:ABOUT]-(c:Claim) WITH e, count(c) AS claims ORDER BY claims DESC LIMIT 1
      RETURN e.id AS id, claims, COUNT { (e)<-[:ABOUT]-(:Measure) } AS measures`);
    const [busiest] = records.map((r) => ({ id: r.get('id') as string, claims: r.get('claims').toNumber() as number, measures: r.get('measures').toNumber() as number }));
    expect(busiest!.claims).toBeGreaterThan(20);
    expect(busiest!.measures).toBeGreaterThan(0);

    const text = queryText(cypherDir, 'entities/entities-by-ids.cypher');
    const { records: rows, summary } = await graph.driver.executeQuery(`PROFILE ${text}`, { ids: [busiest!.id] });
    const measureIds = (rows[0]!.get('entity') as unknown[])[5] as string[];
    expect(measureIds).toHaveLength(busiest!.measures);
    expect(dbHits(summary.profile as never)).toBeLessThan(busiest!.claims);
  });
});
