import { afterAll, beforeAll } from 'vitest';
import { startApi, type ApiClient } from './api-client.js';
import { loadCorpus, openTestGraph, type TestGraph } from './test-graph.js';

export interface CorpusApi {
  graph: TestGraph;
  api: ApiClient;
}

/** For one test file: the real corpus loaded into the test Neo4j and the API served over HTTP. */
export function useCorpusApi(): CorpusApi {
  const env = {} as CorpusApi;
  beforeAll(async () => {
    env.graph = openTestGraph();
    await loadCorpus(env.graph.runner);
    env.api = await startApi(env.graph.runner);
  });
  afterAll(async () => {
    await env.api?.close();
    await env.graph?.close();
  });
  return env;
}
