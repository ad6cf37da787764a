import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi } from '../../src/app.js';
import type { NamedQuery } from '../../src/database/named-query.js';
import { QueryRunner } from '../../src/database/query-runner.js';
import type { RunningHttpServer } from '../../src/http/http-server.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

/** The real runner, whose reads wait at a gate the test opens: a request in flight for as long as the test wants. */
class GatedRunner extends QueryRunner {
  private gate = Promise.resolve();
  private openGate = () => undefined as void;
  waiting = 0;

  constructor(base: TestGraph) {
    super(base.driver, base.runner.database, 'test');
  }

  close(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  open(): void {
    this.openGate();
  }

  override async read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.waiting += 1;
    await this.gate;
    this.waiting -= 1;
    return super.read(query, params);
  }
}

let graph: TestGraph;
let runner: GatedRunner;
let http: RunningHttpServer;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  runner = new GatedRunner(graph);
  http = await serveApi(runner, { host: '127.0.0.1', port: 0, admission: { maxInFlight: 2, maxQueued: 1, maxWaitMs: 60_000 } });
});

afterAll(async () => {
  runner?.open();
  await http?.close();
  await graph?.close();
});

const post = () => fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' }) });

describe('requests in flight are bounded', () => {
  it('works on maxInFlight at once, queues maxQueued more, and turns the rest away with 503 and Retry-After', async () => {
    runner.close();
    const admitted = [post(), post()];
    await expect.poll(() => runner.waiting).toBe(2);
    const queued = post();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const turnedAway = await post();
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.headers.get('retry-after')).toBe('1');
    expect(await turnedAway.text()).toContain('busy');

    runner.open();
    for (const response of await Promise.all([...admitted, queued])) expect(response.status).toBe(200);
  });
});
