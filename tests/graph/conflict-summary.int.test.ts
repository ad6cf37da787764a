import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyNode, startApi, type ApiClient } from '../support/api-client.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

let graph: TestGraph;
let api: ApiClient;
beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  api = await startApi(graph.runner);
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const QUERY = 'query ($after: String) { conflicts(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id summary } } } }';
const summaries = async () => new Map((await everyNode<{ id: string; summary: string }>(api, QUERY, 'conflicts')).nodes.map((c) => [c.id, c.summary]));

describe("a conflict's summary", () => {
  // The assessment writes it (curation/reassess.ts); a graph written before it did has none, and
  // the read side composes it from the first finding's pair. One definition, so both must agree.
  it('is stored by the assessment, and says what the read side would compose from the graph', async () => {
    const stored = await summaries();
    const { records } = await graph.driver.executeQuery('MATCH (x:Conflict) RETURN count(x) AS all, count(x.summary) AS summarized');
    expect(records[0]!.get('summarized').toNumber()).toBe(records[0]!.get('all').toNumber());
    expect(stored.size).toBe(records[0]!.get('all').toNumber());
    try {
      await graph.driver.executeQuery('MATCH (x:Conflict) REMOVE x.summary');
      const composed = await summaries();
      expect(composed).toEqual(stored);
    } finally {
      await loadCorpus(graph.runner);
    }
    expect(await summaries()).toEqual(stored);
    // Each says who states its sides (every corpus conflict's pair is quoted from a source).
    expect([...stored.values()].every((s) => / (Both are stated by|The first is stated by) “.+”/.test(s))).toBe(true);
  });
});
