import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/api-tokens.js';
import { everyNode, exampleOperation, startApi, type ApiClient } from '../support/api-client.js';
import { curationRun } from '../support/curation-fixture.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

// claims(filter: {kind}) and {contested} count from labels the writer keeps (migration 013), not
// from the claims themselves: these totals must stay exactly the lists' lengths through every write.
const run = curationRun();
let graph: TestGraph;
let api: ApiClient;
let writer: string;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  api = await startApi(graph.runner);
  writer = (await createToken(graph.runner, run.agent.name, 'write')).token;
});

afterAll(async () => {
  await api?.close();
  await graph.driver.executeQuery('MATCH (t:ApiToken) WHERE t.name ENDS WITH $suffix DELETE t', { suffix: run.suffix });
  await run.cleanUp(graph.runner);
  await graph.close();
});

interface Filter {
  kind?: string;
  contested?: boolean;
  includeRetracted?: boolean;
}

const FILTERS: Filter[] = [
  { kind: 'COUNT' },
  { kind: 'PLEDGE' },
  { kind: 'EVENT' },
  { contested: true },
  { contested: false },
  { kind: 'COUNT', contested: true },
  {},
].flatMap((filter) => [filter, { ...filter, includeRetracted: true }]);

/**
 * Each filter's totalCount beside the claims its pages list. One filter at a time: each filter's
 * parameter types plan the claims root query anew, and fourteen such plans at once on a loaded
 * two-core machine ran past QUERY_TIMEOUT_MS.
 */
async function totalsAndLists() {
  const totals = [];
  for (const filter of FILTERS) {
    const { nodes, total } = await everyNode<{ id: string }>(
      api,
      'query ($filter: ClaimFilter, $after: String) { claims(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      'claims',
      { filter },
    );
    totals.push({ filter, total, listed: nodes.length, ids: nodes.map((c) => c.id) });
  }
  return totals;
}

type Totals = Awaited<ReturnType<typeof totalsAndLists>>;

/** The totals of exactly this filter. */
const of = (totals: Totals, filter: Filter) => totals.find((t) => JSON.stringify(t.filter) === JSON.stringify(filter))!;

async function expectTotalsToMatchLists() {
  for (const { filter, total, listed } of await totalsAndLists()) expect({ filter, total }).toEqual({ filter, total: listed });
}

const step = async (file: string) => {
  const text = await exampleOperation(path.join('curation', file));
  const { errors } = await api.query(text, JSON.parse(/^# Variables: (.*)$/m.exec(text)![1]!), writer);
  expect(errors, file).toBeUndefined();
};

describe('totals of claims by kind and contested', () => {
  it('are the lengths of their lists on the corpus', async () => {
    await expectTotalsToMatchLists();
  });

  it('stay so when claims are added, and one contests another', async () => {
    const before = await totalsAndLists();
    await step('1-add-source.graphql');
    await step('2-add-claims.graphql');
    await expectTotalsToMatchLists();
    const contested = of(await totalsAndLists(), { contested: true });
    expect(contested.ids).toEqual(expect.arrayContaining(['ledger-kenya-380-2025-01-03', 'wp-table-kenya-400']));
    expect(contested.total).toBeGreaterThan(of(before, { contested: true }).total);
  });

  it('stay so when a claim changes kind', async () => {
    const { errors } = await api.query(
      'mutation ($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) { claims { id kind } } }',
      { id: 'ledger-kenya-400-2024-06-25', input: { kind: 'EVENT', reason: 'A landing is an event.' } },
      writer,
    );
    expect(errors).toBeUndefined();
    await expectTotalsToMatchLists();
    expect(of(await totalsAndLists(), { kind: 'EVENT' }).ids).toContain('ledger-kenya-400-2024-06-25');
  });

  it('stay so when a contested claim is retracted, which takes it out of its conflict', async () => {
    const before = of(await totalsAndLists(), { contested: true });
    await step('4-retract-claim.graphql');
    await expectTotalsToMatchLists();
    const totals = await totalsAndLists();
    expect(of(totals, { contested: true }).ids).not.toContain('ledger-kenya-380-2025-01-03');
    // The table's 400 stays contested: it still falls short of Kenya's two contingents (stock-below-arrivals).
    expect(of(totals, { contested: true }).ids).toContain('wp-table-kenya-400');
    expect(of(totals, { contested: true }).total).toBe(before.total - 1);
    // The retracted claim is listed, and counted, only when asked for.
    expect(of(totals, { kind: 'COUNT', includeRetracted: true }).total).toBe(of(totals, { kind: 'COUNT' }).total + 1);
    expect(of(totals, { kind: 'COUNT', includeRetracted: true }).ids).toContain('ledger-kenya-380-2025-01-03');
  });
});
