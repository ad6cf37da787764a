import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi } from '../../src/app.js';
import { DatabaseAvailability } from '../../src/database/availability.js';
import { openDriver } from '../../src/database/graph-connection.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/database/local-neo4j/index.js';
import { QueryRunner } from '../../src/database/query-runner.js';
import type { RunningHttpServer } from '../../src/http/http-server.js';
import { freePort, testCacheDir } from '../global-setup.js';
import { useScratchInstances } from '../support/scratch-neo4j.js';

const scratchInstance = useScratchInstances();

/** What the availability tracker logged, line by line. */
const logged: { level: 'warn' | 'info'; message: string }[] = [];
const availabilityLog = {
  warn: (_: object, message: string) => void logged.push({ level: 'warn', message }),
  info: (_: object, message: string) => void logged.push({ level: 'info', message }),
};

let options: Parameters<typeof startLocalNeo4j>[0];
let server: RunningNeo4j;
let http: RunningHttpServer;
let driver: ReturnType<typeof openDriver>;

beforeAll(async () => {
  options = { cacheDir: testCacheDir, instanceDir: await scratchInstance(), boltPort: await freePort(), password: 'outage-pw-1' };
  server = await startLocalNeo4j(options);
  driver = openDriver(server.uri, neo4j.auth.basic('neo4j', options.password));
  const runner = new QueryRunner(driver, 'neo4j', server.uri, { availability: new DatabaseAvailability(availabilityLog) });
  http = await serveApi(runner, { host: '127.0.0.1', port: 0 }, { planAhead: true });
});

afterAll(async () => {
  await http?.close();
  await driver?.close();
  await server?.stop();
});

/** What a load balancer waits for: every readiness answer until one is 200 (the root queries planned). */
async function untilReady(timeout: number): Promise<string[]> {
  const reasons: string[] = [];
  await expect
    .poll(
      async () => {
        const response = await fetch(`${http.url}health/ready`);
        const body = (await response.json()) as { reason?: string };
        if (body.reason) reasons.push(body.reason);
        return response.status;
      },
      { timeout, interval: 500 },
    )
    .toBe(200);
  return reasons;
}

async function post(query: string): Promise<{ status: number; retryAfter: string | null; body: { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } }> {
  const response = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Awaited<ReturnType<typeof post>>['body'] };
}

/** Planning the root queries on a cold Neo4j: 80 s on this 2-core machine at a load of 10. */
const PLANNING_MS = 240_000;

describe('when Neo4j goes away and comes back', () => {
  it('answers, then fails fast with 503 while Neo4j is down, logs the outage once, and answers again when it is back', { timeout: 2 * PLANNING_MS + 60_000 }, async () => {
    const startReady = Date.now();
    await untilReady(PLANNING_MS);
    console.log(`outage: ready ${Date.now() - startReady} ms after start`);
    expect((await post('{ health { database } }')).body.data).toEqual({ health: { database: true } });

    await server.stop();
    const started = Date.now();
    const first = await post('{ claim(id: "x") { id } }');
    const firstErrorMs = Date.now() - started;
    expect(first.status).toBe(503);
    expect(first.retryAfter).toBe('5');
    expect(first.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(first.body.errors?.[0]?.message).not.toContain(String(options.boltPort));
    expect(firstErrorMs).toBeLessThan(10_000);

    for (let i = 0; i < 5; i++) expect((await post('{ claims { totalCount } }')).status).toBe(503);
    const health = Date.now();
    expect((await post('{ health { database neo4jVersion } }')).body.data).toEqual({ health: { database: false, neo4jVersion: null } });
    expect(Date.now() - health).toBeLessThan(10_000);
    const ready = await fetch(`${http.url}health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, reason: 'Neo4j is not reachable.' });
    expect(logged.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(logged[0]?.message).toContain(`127.0.0.1:${options.boltPort}`);

    server = await startLocalNeo4j(options);
    // Ready again only once the restarted Neo4j has planned the root queries again, so the first
    // whole-selection query answers within QUERY_TIMEOUT_MS on a cold Neo4j too.
    const back = Date.now();
    const reasons = await untilReady(PLANNING_MS);
    console.log(`outage: ready ${Date.now() - back} ms after Neo4j was back`);
    expect(reasons).toContain('Planning the root queries (after start, or after Neo4j came back).');
    expect((await post('{ claim(id: "x") { id } }')).body).toEqual({ data: { claim: null } });
    expect(logged.map((l) => l.level)).toEqual(['warn', 'info']);
    expect(logged[1]?.message).toMatch(/answers again after \d+\.\d s/);
    console.log(`outage: first error after ${firstErrorMs} ms`);
  });
});
