import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { GraphContext } from '../../src/graphql/context.js';
import { startHttpServer } from '../../src/http/http-server.js';

/** A server whose one field answers when the test says so. */
async function serverWithSlowField(shutdownGraceMs: number) {
  let entered!: () => void;
  const inResolver = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const apollo = new ApolloServer({
    typeDefs: 'type Query { slow: Int }',
    resolvers: {
      Query: {
        slow: async () => {
          entered();
          await released;
          return 1;
        },
      },
    },
  }) as unknown as ApolloServer<GraphContext>;
  const http = await startHttpServer(apollo, async () => ({}) as GraphContext, async () => ({ ready: true, neo4jVersion: null }), { host: '127.0.0.1', port: 0, shutdownGraceMs });
  const answer = fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) });
  await inResolver;
  return { http, answer, release };
}

describe('the HTTP server on shutdown', () => {
  it('lets a request in flight finish within the grace time', async () => {
    const { http, answer, release } = await serverWithSlowField(5_000);
    const closing = http.close();
    setTimeout(release, 100);
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { slow: 1 } });
    await closing;
  });

  it('answers 503 with Retry-After to a request still unanswered when the grace time is over, instead of cutting it', async () => {
    const { http, answer, release } = await serverWithSlowField(200);
    await http.close();
    const response = await answer;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    // The request's own answer comes after the 503: it is dropped, not written after the end.
    release();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
});
