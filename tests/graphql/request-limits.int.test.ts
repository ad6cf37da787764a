import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { DatabaseError } from '../../src/database/database-errors.js';
import { namedQuery } from '../../src/database/named-query.js';
import { QueryRunner } from '../../src/database/query-runner.js';
import { COST_BUDGET } from '../../src/graphql/request-cost.js';
import { exampleOperation, startApi } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

/** The fan-out request that took the server to 4.3 GB: every page size comes from a variable or a default. */
function fanOut(aliases: number): string {
  const chain = 'citations { source { citations { claims { citations { source { citations { id quote } } } } } } }';
  const fields = Array.from({ length: aliases }, (_, i) => `a${i}: claims(first: $n) { edges { node { id ${chain} } } }`);
  return `query FanOut($n: Int) { ${fields.join(' ')} }`;
}

/** The variables an example operation's header gives ("# Variables: {...}"). */
function exampleVariables(text: string): Record<string, unknown> {
  const line = text.split('\n').find((l) => l.startsWith('# Variables:'));
  return line ? (JSON.parse(line.slice('# Variables:'.length)) as Record<string, unknown>) : {};
}

describe('request cost', () => {
  it('refuses the fan-out request before it reaches Neo4j, with its cost and the budget', async () => {
    const before = env.graph.runner.roundTrips;
    const { status, errors } = await env.api.query(fanOut(20), { n: 100 });
    expect(status).toBe(400);
    expect(errors).toHaveLength(1);
    const extensions = errors![0]!.extensions as { code: string; cost: number; budget: number };
    expect(extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect(extensions.budget).toBe(COST_BUDGET);
    expect(extensions.cost).toBeGreaterThan(COST_BUDGET);
    expect(errors![0]!.message).toContain(`budget is ${COST_BUDGET}`);
    expect(env.graph.runner.roundTrips).toBe(before);
  });

  it('costs the same document again for other variables: a cost kept for small pages lets no large page through', async () => {
    // Each alias costs about n × n × 3: within the budget for n = 2, far over it for n = 100.
    const fields = Array.from({ length: 20 }, (_, i) => `a${i}: entities(first: $n) { edges { node { claims(first: $n) { edges { node { id } } } } } }`);
    const query = `query Squares($n: Int) { ${fields.join(' ')} }`;
    for (let round = 0; round < 2; round++) {
      expect((await env.api.query(query, { n: 2 })).errors).toBeUndefined();
      expect((await env.api.query(query, { n: 100 })).errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    }
  });

  it('counts a default page size: one alias with no `first` at all is refused too', async () => {
    const query = `{ claims { edges { node { citations { source { citations { claims { citations { source { citations { id } } } } } } } } } } }`;
    const { errors } = await env.api.query(query);
    expect(errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('lets every example operation through, each under half the budget', async () => {
    const halfBudget = await startApi(env.graph.runner, { costBudget: COST_BUDGET / 2 });
    try {
      const names = (await readdir(path.join(projectRoot, 'docs', 'operations'))).filter((f) => f.endsWith('.graphql'));
      expect(names.length).toBeGreaterThanOrEqual(10);
      for (const name of names) {
        const text = await exampleOperation(name);
        const { errors } = await halfBudget.query(text, exampleVariables(text));
        expect(errors, name).toBeUndefined();
      }
    } finally {
      await halfBudget.close();
    }
  });
});

describe('document limits', () => {
  it('answers fragments that fan out (each spreading the next ten times) fast: repeated spreads merge, in the cost as in execution', async () => {
    const spreads = (next: string) => Array.from({ length: 10 }, () => `...${next}`).join(' ');
    const document = `{ ...F0 }
      fragment F0 on Query { ${spreads('F1')} }
      fragment F1 on Query { ${spreads('F2')} }
      fragment F2 on Query { ${spreads('F3')} }
      fragment F3 on Query { health { database neo4jVersion schemaVersion } graphCounts { label count } }`;
    const started = Date.now();
    const { status, errors } = await env.api.query(document);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a document of more than 3,000 tokens (30,000 aliases of __typename) as a parse error', async () => {
    const query = `{ ${Array.from({ length: 30_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const { status, errors } = await env.api.query(query);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors?.[0]?.message).toMatch(/3000 tokens/);
  });

  it('answers 5,000 chained fragments with a client error, not a crash', async () => {
    const fragments = Array.from({ length: 5_000 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join('\n');
    const { status, errors } = await env.api.query(`{ ...F0 }\n${fragments}\nfragment F5000 on Query { __typename }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers selections and list literals nested as deep as the token limit allows with a clear 400', async () => {
    // Just inside the 3,000-token limit: 2 tokens a level of selections, 2 a level of lists.
    const selections = '{ a '.repeat(950) + '}'.repeat(950);
    const lists = `{ claims(filter: { text: ${'['.repeat(1_450)}"x"${']'.repeat(1_450)} }) { totalCount } }`;
    for (const query of [selections, lists]) {
      const { status, errors } = await env.api.query(query);
      expect(status).toBe(400);
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(errors?.[0]?.extensions?.code);
      expect(errors?.[0]?.message).not.toMatch(/call stack/i);
    }
  });

  it('answers a subscription, which this API does not offer, with a client code', async () => {
    const { status, errors } = await env.api.query('subscription { claims }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(errors?.[0]?.message).toContain('answers query and mutation operations');
  });
});

describe('second lines of defence', () => {
  it('stops resolving past the response cap and answers one RESPONSE_TOO_LARGE error instead of a partial answer', async () => {
    const capped = await startApi(env.graph.runner, { maxResolvedFields: 50 });
    try {
      const { status, data, errors } = await capped.query('{ claims(first: 40) { edges { node { id statement } } } }');
      expect(status).toBe(400);
      expect(data).toBeUndefined();
      expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE', limit: 50 } })]);
      expect((await capped.query('{ claims(first: 5) { edges { node { id } } } }')).errors).toBeUndefined();
    } finally {
      await capped.close();
    }
  });

  it('has Neo4j stop a query that runs past QUERY_TIMEOUT_MS, as DATABASE_TIMEOUT', async () => {
    const slow = namedQuery<Record<string, never>, { total: number }>('slow-count', path.join(projectRoot, 'tests', 'support', 'cypher'), 'test/');
    const runner = new QueryRunner(env.graph.driver, env.graph.runner.database, 'test', { queryTimeoutMs: 500 });
    const started = Date.now();
    const error = await runner.read(slow, {}).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DATABASE_TIMEOUT');
    expect((error as DatabaseError).clientMessage).toContain('took too long');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("has Neo4j stop a query that would hold more than its cap on query memory, as DATABASE_MEMORY_LIMIT, and then answer others", async () => {
    const hoard = namedQuery<Record<string, never>, { total: number }>('hoard-memory', path.join(projectRoot, 'tests', 'support', 'cypher'), 'test/');
    const error = await env.graph.runner.read(hoard, {}).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DATABASE_MEMORY_LIMIT');
    expect((error as DatabaseError).clientMessage).toContain('ask for less');
    expect((await env.api.query('{ claims(first: 5) { edges { node { id } } } }')).errors).toBeUndefined();
  });
});
