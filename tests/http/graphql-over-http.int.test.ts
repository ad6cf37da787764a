import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi } from '../../src/app.js';
import type { RunningHttpServer } from '../../src/http/http-server.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

let graph: TestGraph;
let http: RunningHttpServer;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  http = await serveApi(graph.runner, { host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await http?.close();
  await graph?.close();
});

describe('GraphQL over HTTP', () => {
  it('answers a query with data read from the real Neo4j', async () => {
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { database neo4jVersion schemaVersion } graphCounts { label count } }' }),
    });
    expect(response.status).toBe(200);
    const { data, errors } = (await response.json()) as {
      data: { health: { database: boolean; neo4jVersion: string; schemaVersion: number }; graphCounts: { label: string; count: number }[] };
      errors?: unknown;
    };
    expect(errors).toBeUndefined();
    expect(data.health.database).toBe(true);
    expect(data.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(data.health.schemaVersion).toBeGreaterThanOrEqual(3);
    const claims = data.graphCounts.find((c) => c.label === 'Claim');
    const { records } = await graph.driver.executeQuery('MATCH (c:Claim) RETURN count(c) AS n');
    const n = records[0]?.get('n').toNumber();
    expect(claims?.count).toBe(n);
    expect(n).toBeGreaterThan(100);
  });

  it('serves the Apollo Sandbox landing page to a browser at the root', async () => {
    const response = await fetch(http.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
  });

  it('serves an offline explorer at /graphiql whose scripts and styles all come from this server', async () => {
    const page = await fetch(new URL('/graphiql', http.url));
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toHaveLength(4);
    for (const asset of assets) {
      expect(asset.startsWith('/graphiql/assets/'), asset).toBe(true);
      const response = await fetch(new URL(asset, http.url));
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
    expect((await fetch(new URL('/graphiql/assets/../../package.json', http.url))).status).not.toBe(200);
  });

  it('answers a body that is not JSON with 400 and a plain reason', async () => {
    const response = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('not valid JSON');
  });

  it('serves a root page that links to what works offline and loads nothing but the Sandbox script, telemetry off', async () => {
    const response = await fetch(http.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('href="/graphiql"');
    expect(html).toContain('href="/audit/"');
    expect(html).toContain('runTelemetry: false');
    const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(['https://embeddable-sandbox.cdn.apollographql.com/v2/embeddable-sandbox.umd.production.min.js']);
  });

  it('answers GET /health/ready with 200 and the Neo4j version while Neo4j answers', async () => {
    const response = await fetch(new URL('/health/ready', http.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, neo4jVersion: expect.stringMatching(/^5\.26\./) });
  });
});
