import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createToken, listTokens, revokeToken, verifyBearer, TokenError } from '../../src/auth/api-tokens.js';
import { projectRoot } from '../../src/config/project-root.js';
import { migrate } from '../../src/database/migrations.js';
import { cypherDir } from '../../src/database/named-query.js';
import { openTestGraph, type TestGraph } from '../support/test-graph.js';

/** Every token this file makes is named with this prefix, and only those are removed at the end. */
const prefix = `test-tokens-${randomBytes(4).toString('hex')}-`;
let counter = 0;
const freshName = (what: string) => `${prefix}${what}-${++counter}`;

let graph: TestGraph;
beforeAll(async () => {
  graph = openTestGraph();
  await migrate(graph.runner);
});
afterAll(async () => {
  await graph?.driver.executeQuery('MATCH (t:ApiToken) WHERE t.name STARTS WITH $prefix DETACH DELETE t', { prefix }, { database: graph.runner.database });
  await graph?.close();
});

const bearer = (token: string) => `Bearer ${token}`;

/** The same token with one character of its secret changed. */
function withWrongSecret(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return token.slice(0, -1) + last;
}

describe('verifyBearer', () => {
  it('accepts a new token with its name and write permission', async () => {
    const name = freshName('writer');
    const { token, record } = await createToken(graph.runner, name, 'write');
    expect(token).toMatch(/^cg_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
    expect(token.split('_')[1]).toBe(record.id);
    expect(record).toMatchObject({ name, permission: 'write', revokedAt: null });
    expect(await verifyBearer(graph.runner, bearer(token))).toEqual({ status: 'valid', name, permission: 'write' });
  });

  it('accepts the scheme in any case', async () => {
    const { token } = await createToken(graph.runner, freshName('case'), 'write');
    expect((await verifyBearer(graph.runner, `bEaReR ${token}`)).status).toBe('valid');
  });

  it('gives a read-only token the permission read', async () => {
    const name = freshName('reader');
    const { token } = await createToken(graph.runner, name, 'read');
    expect(await verifyBearer(graph.runner, bearer(token))).toEqual({ status: 'valid', name, permission: 'read' });
  });

  it('refuses a known id with the wrong secret', async () => {
    const { token } = await createToken(graph.runner, freshName('wrong-secret'), 'write');
    expect(await verifyBearer(graph.runner, bearer(withWrongSecret(token)))).toEqual({ status: 'invalid' });
  });

  it('refuses a well-formed token whose id is unknown', async () => {
    const token = `cg_${'a'.repeat(10)}_${randomBytes(32).toString('base64url')}`;
    expect(await verifyBearer(graph.runner, bearer(token))).toEqual({ status: 'invalid' });
  });

  it.each([
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a scheme without a token', 'Bearer'],
    ['a token without a scheme', 'cg_aaaaaaaaaa_' + 'A'.repeat(43)],
    ['a token of another shape', 'Bearer not-a-token'],
    ['a secret cut short', 'Bearer cg_aaaaaaaaaa_' + 'A'.repeat(42)],
    ['two tokens', 'Bearer cg_aaaaaaaaaa_' + 'A'.repeat(43) + ' cg_bbbbbbbbbb_' + 'A'.repeat(43)],
  ])('refuses a malformed header (%s) without asking the database', async (_, header) => {
    const before = graph.runner.roundTrips;
    expect(await verifyBearer(graph.runner, header)).toEqual({ status: 'invalid' });
    expect(graph.runner.roundTrips).toBe(before);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
  ])('reports %s as missing', async (_, header) => {
    expect(await verifyBearer(graph.runner, header)).toEqual({ status: 'missing' });
  });

  it('costs one round trip', async () => {
    const { token } = await createToken(graph.runner, freshName('one-trip'), 'write');
    const before = graph.runner.roundTrips;
    await verifyBearer(graph.runner, bearer(token));
    expect(graph.runner.roundTrips - before).toBe(1);
  });
});

describe('revokeToken', () => {
  it('makes a token invalid from then on, by name', async () => {
    const name = freshName('revoked');
    const { token } = await createToken(graph.runner, name, 'write');
    const result = await revokeToken(graph.runner, name);
    expect(result).toMatchObject({ status: 'revoked', token: { name } });
    expect(await verifyBearer(graph.runner, bearer(token))).toEqual({ status: 'invalid' });
  });

  it('finds a token by id, and keeps the first revocation time when revoked again', async () => {
    const { record } = await createToken(graph.runner, freshName('by-id'), 'write');
    const first = await revokeToken(graph.runner, record.id);
    expect(first.status).toBe('revoked');
    const again = await revokeToken(graph.runner, record.id);
    expect(again.status).toBe('already-revoked');
    if (first.status === 'unknown' || again.status === 'unknown') throw new Error('not found');
    expect(again.token.revokedAt).toBe(first.token.revokedAt);
  });

  it('reports a name or id no token has as unknown', async () => {
    expect(await revokeToken(graph.runner, freshName('never-created'))).toEqual({ status: 'unknown' });
  });
});

describe('createToken', () => {
  it('refuses a second token with the same name, saying so', async () => {
    const name = freshName('taken');
    await createToken(graph.runner, name, 'write');
    const second = createToken(graph.runner, name, 'read');
    await expect(second).rejects.toThrow(TokenError);
    await expect(second).rejects.toThrow(`A token named "${name}" exists; choose another name`);
  });

  it.each([[''], ['x'.repeat(65)], ['slash/name'], [' padded'], ['new\nline']])('refuses the name %j before writing', async (name) => {
    const before = graph.runner.roundTrips;
    await expect(createToken(graph.runner, name, 'write')).rejects.toThrow(TokenError);
    expect(graph.runner.roundTrips).toBe(before);
  });
});

describe('listTokens', () => {
  it('lists the tokens made, with their grant and state, and never a hash', async () => {
    const name = freshName('listed');
    const { record } = await createToken(graph.runner, name, 'read');
    const listed = (await listTokens(graph.runner)).find((t) => t.name === name);
    expect(listed).toEqual(record);
    expect(Object.keys(listed!).sort()).toEqual(['createdAt', 'id', 'name', 'permission', 'revokedAt']);
  });
});

describe('the token queries', () => {
  /** Every operator of a plan, flattened. */
  function operators(plan: { operatorType: string; children: unknown[] }): string[] {
    return [plan.operatorType, ...plan.children.flatMap((child) => operators(child as typeof plan))];
  }

  it.each([
    ['auth/token-by-id', { id: 'x' }],
    ['auth/revoke-token', { key: 'x' }],
  ])('%s seeks a constraint index, never scans the tokens', async (name, params) => {
    const text = readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, params, { database: graph.runner.database });
    const ops = operators(summary.plan as never);
    expect(ops).toContainEqual(expect.stringMatching(/^NodeUniqueIndexSeek/));
    expect(ops).not.toContainEqual(expect.stringMatching(/^(NodeByLabelScan|AllNodesScan)/));
  });
});

describe('npm run token', () => {
  const run = promisify(execFile);
  const { uri, user, password, database } = inject('neo4j');
  /** What `npm run token` runs, against the test database. */
  const token = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
    });

  it('create prints the token as its last line, list shows it without secrets, revoke ends it', async () => {
    const name = freshName('cli');
    const created = await token('create', name, '--read-only');
    const printed = created.stdout.trimEnd().split('\n').at(-1)!;
    expect(created.stdout).toMatch(/cannot be shown again/);
    expect(await verifyBearer(graph.runner, bearer(printed))).toEqual({ status: 'valid', name, permission: 'read' });

    const listed = await token('list');
    expect(listed.stdout).toContain(name);
    expect(listed.stdout).not.toContain(printed.split('_').slice(2).join('_'));

    await token('revoke', name);
    expect(await verifyBearer(graph.runner, bearer(printed))).toEqual({ status: 'invalid' });
  });

  it('revoke of an unknown name fails with a message', async () => {
    const failed = await token('revoke', freshName('cli-unknown')).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/No token has the name or id/);
  });
});
