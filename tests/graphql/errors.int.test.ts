import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { QueryRunner } from '../../src/database/query-runner.js';
import { freePort } from '../global-setup.js';
import { startApi } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

describe('errors a person can act on', () => {
  it('a page size out of range is BAD_USER_INPUT naming the argument', async () => {
    const { errors } = await env.api.query('{ claims(first: 1000) { totalCount } }');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'first' }) })]);
    expect(errors?.[0]?.message).toContain('between 1 and 100');
  });

  it('a cursor this API did not make is BAD_USER_INPUT naming "after"', async () => {
    const { errors } = await env.api.query('{ claims(after: "not-a-cursor") { totalCount } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('an impossible date is refused before any query runs', async () => {
    const { errors } = await env.api.query('query ($d: Date) { claims(filter: { asOfFrom: $d }) { totalCount } }', { d: '2024-02-30' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('an unknown id gives null, the same way for every lookup', async () => {
    const { data, errors } = await env.api.query<Record<string, unknown>>(
      '{ claim(id: "nope") { id } source(id: "nope") { id } entity(id: "nope") { id } measure(id: "nope") { id } verifyCitation(id: "nope") { ok } verifySource(id: "nope") { ok } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ claim: null, source: null, entity: null, measure: null, verifyCitation: null, verifySource: null });
  });

  it('an unknown enum value names the accepted ones', async () => {
    const { status, errors } = await env.api.query('{ claims(filter: { kind: WEATHER }) { totalCount } }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a query nested beyond the depth limit is refused without reaching Neo4j', async () => {
    const nested = 'claims { edges { node { citations { source { cites { cited { citedBy { citing { citations { claims { citations { source { id } } } } } } } } } } } } }';
    const before = env.graph.runner.roundTrips;
    const { errors } = await env.api.query(`{ ${nested} }`);
    expect(errors?.[0]?.message).toMatch(/depth/i);
    expect(env.graph.runner.roundTrips).toBe(before);
  });

  it('Neo4j being down is HTTP 503 and DATABASE_UNAVAILABLE with a plain message: no address, stack trace or driver text', async () => {
    const port = await freePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'whatever-pw'), { connectionTimeout: 1_000, maxTransactionRetryTime: 0 });
    const down = await startApi(new QueryRunner(driver, 'neo4j', `bolt://127.0.0.1:${port}`));
    try {
      const { status, data, errors } = await down.query('{ claim(id: "x") { id } }');
      expect(status).toBe(503);
      expect(data).toEqual({ claim: null });
      expect(errors).toEqual([{ message: expect.stringContaining('try again'), locations: expect.anything(), path: ['claim'], extensions: { code: 'DATABASE_UNAVAILABLE' } }]);
      expect(JSON.stringify(errors)).not.toMatch(/stacktrace|ECONNREFUSED|at Object|bolt:|127\.0\.0\.1|neo4j:status/);
    } finally {
      await down.close();
      await driver.close();
    }
  });
});
