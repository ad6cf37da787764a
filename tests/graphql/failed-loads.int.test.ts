import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/database/database-errors.js';
import type { NamedQuery } from '../../src/database/named-query.js';
import { QueryRunner } from '../../src/database/query-runner.js';
import { startApi, type ApiClient } from '../support/api-client.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

/**
 * The real runner on the real corpus, except that the item loads after a page query fail as they
 * do when Neo4j goes away between the two round trips. The lists of claims, conflicts and entities
 * read their items in the page's own round trip (graph/selected-records), so the lists whose items
 * are still loaded apart stand for them.
 */
class ItemLoadsFail extends QueryRunner {
  constructor(
    base: TestGraph,
    private readonly failing: Set<string>,
  ) {
    super(base.driver, base.runner.database, 'test');
  }

  override read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    if (this.failing.has(query.name)) return Promise.reject(new DatabaseError('DATABASE_UNAVAILABLE', 'injected: Neo4j went away'));
    return super.read(query, params);
  }
}

let graph: TestGraph;
let api: ApiClient;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  api = await startApi(new ItemLoadsFail(graph, new Set(['measures/measures-by-ids', 'sources/sources-by-ids'])));
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('a list whose items fail to load', () => {
  for (const [list, query] of [
    ['measures', '{ measures { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }'],
    ['sources', '{ sources { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }'],
  ] as const) {
    it(`${list}: fails with DATABASE_UNAVAILABLE (503), never an empty page beside its total`, async () => {
      const { status, data, errors } = await api.query<Record<string, unknown>>(query);
      expect(status).toBe(503);
      expect(errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(errors?.[0]?.path).toEqual([list]);
      expect(data).toBeNull();
    });
  }
});
