import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/api-tokens.js';
import { projectRoot } from '../../src/config/project-root.js';
import { startApi, type ApiClient } from '../support/api-client.js';
import { curationRun, LEDGER_TEXT } from '../support/curation-fixture.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';
import { exampleOperation } from '../support/api-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const run = curationRun();
let graph: TestGraph;
let api: ApiClient;
let writer: string;
let reader: string;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  api = await startApi(graph.runner);
  writer = (await createToken(graph.runner, run.agent.name, 'write')).token;
  reader = (await createToken(graph.runner, `reader${run.suffix}`, 'read')).token;
});

afterAll(async () => {
  await api?.close();
  await graph.driver.executeQuery('MATCH (t:ApiToken) WHERE t.name ENDS WITH $suffix DELETE t', { suffix: run.suffix });
  await run.cleanUp(graph.runner);
  await graph.close();
});

const ADD_ENTITY = 'mutation ($input: AddEntityInput!) { addEntity(input: $input) { entities { id name } activity { agent kind } } }';
const entityInput = () => ({ input: { id: run.id('port-au-prince-ledger'), name: 'Port-au-Prince Ledger', type: 'ORGANIZATION' } });

async function entityExists(id: string): Promise<boolean> {
  const { records } = await graph.driver.executeQuery('RETURN EXISTS { (:Entity {id: $id}) } AS found', { id });
  return records[0]!.get('found');
}

describe('who may write', () => {
  it('a mutation without a token is UNAUTHENTICATED (401) and writes nothing', async () => {
    const { status, errors } = await api.query(ADD_ENTITY, entityInput());
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0]?.message).toContain('Authorization: Bearer');
    expect(await entityExists(run.id('port-au-prince-ledger'))).toBe(false);
  });

  it('an unknown or altered token is UNAUTHENTICATED', async () => {
    const altered = writer.slice(0, -1) + (writer.endsWith('A') ? 'B' : 'A');
    for (const token of ['cg_nope_nope', altered]) {
      const { errors } = await api.query(ADD_ENTITY, entityInput(), token);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await entityExists(run.id('port-au-prince-ledger'))).toBe(false);
  });

  it('a read-only token is FORBIDDEN (403) and writes nothing', async () => {
    const { status, errors } = await api.query(ADD_ENTITY, entityInput(), reader);
    expect(status).toBe(403);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await entityExists(run.id('port-au-prince-ledger'))).toBe(false);
  });

  it('a write token writes, and the history names the token', async () => {
    const { data, errors } = await api.query<Json>(ADD_ENTITY, entityInput(), writer);
    expect(errors).toBeUndefined();
    expect(data.addEntity).toEqual({ entities: [{ id: run.id('port-au-prince-ledger'), name: 'Port-au-Prince Ledger' }], activity: { agent: run.agent.name, kind: 'addEntity' } });
  });

  it('reads stay open without a token', async () => {
    const { errors } = await api.query('{ claims(first: 1) { totalCount } }');
    expect(errors).toBeUndefined();
  });

  it('with READS_NEED_TOKEN, reads need a valid token too', async () => {
    const closed = await startApi(graph.runner, { readsNeedToken: true });
    try {
      expect((await closed.query('{ claims(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await closed.query('{ claims(first: 1) { totalCount } }', undefined, reader)).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

describe('refusals over GraphQL', () => {
  it('name every problem with its path and code', async () => {
    const { errors } = await api.query(
      'mutation ($input: AddClaimsInput!) { addClaims(input: $input) { claims { id } } }',
      {
        input: {
          source: 'cepr-johnston-2024-06-26',
          claims: [
            { id: run.id('bad-1'), kind: 'COUNT', statement: 'x', subject: 'atlantis', measure: 'mss-personnel-deployed-kenya', value: { qualifier: 'EXACT', amount: 1, unit: 'personnel' }, time: { on: '2024-06-25' }, citations: [{ quote: 'not in the article at all' }] },
          ],
        },
      },
      writer,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: 'claims.0.subject' }),
      expect.objectContaining({ code: 'QUOTE_NOT_FOUND', path: 'claims.0.citations.0.quote' }),
    ]);
  });
});

describe('the curation walkthrough of docs/curation.md', () => {
  const dir = path.join(projectRoot, 'docs', 'operations', 'curation');
  const step = async (file: string) => {
    const text = await exampleOperation(path.join('curation', file));
    const variables = JSON.parse(/^# Variables: (.*)$/m.exec(text)![1]!);
    const { data, errors } = await api.query<Json>(text, variables, writer);
    expect(errors, file).toBeUndefined();
    return { data, variables };
  };

  it('has the five steps the guide walks through', async () => {
    expect((await readdir(dir)).sort()).toEqual(['1-add-source.graphql', '2-add-claims.graphql', '3-the-conflict.graphql', '4-retract-claim.graphql', '5-claim-history.graphql']);
  });

  it('1: adds the article with its text, as the fixture file holds it', async () => {
    const { data, variables } = await step('1-add-source.graphql');
    expect(variables.input.text).toBe(LEDGER_TEXT);
    expect(data.addSource.sources[0]).toMatchObject({ id: 'ledger-2025-01-05', kind: 'DOCUMENT', textLength: Array.from(LEDGER_TEXT).length });
    expect(data.addSource.activity.agent).toBe(run.agent.name);
  });

  it('2: adds claims by quote, and sees the conflict and the corroboration at once', async () => {
    const { data } = await step('2-add-claims.graphql');
    const [figure, arrival] = data.addClaims.claims;
    expect(figure.support.status).toBe('CONTESTED');
    expect(figure.citations[0]).toMatchObject({ section: 'Strength', start: LEDGER_TEXT.indexOf('As of 3 January 2025') });
    const conflict = data.addClaims.conflictChanges.find((c: Json) => c.change !== 'RESOLVED').conflict;
    expect(conflict.claims.map((c: Json) => c.id)).toEqual(expect.arrayContaining(['ledger-kenya-380-2025-01-03', 'wp-table-kenya-400']));
    expect(conflict.summary).toContain('380');
    expect(arrival.support.status).toBe('CORROBORATED');
    expect(data.addClaims.supportChanges).toContainEqual({ claim: { id: 'wp-kenya-deployed-400-2024-06-25' }, before: 'SINGLE_SOURCE', after: 'CORROBORATED' });
    // Sent again (a retry after a lost answer): the same answer, nothing new.
    const again = await step('2-add-claims.graphql');
    expect(again.data.addClaims.replayed).toBe(true);
  });

  it('3: reads the conflict as an auditor does', async () => {
    const { data } = await step('3-the-conflict.graphql');
    const [finding] = data.claim.conflicts[0].findings;
    // The reason quotes both sides in their sources' words.
    expect(finding.reason).toContain('Kenya had 380 police officers');
    expect(finding.reason).toContain('(400 personnel, as of 3 January 2025)');
    expect(finding.severity).toBe('CONFLICT');
  });

  it('4: retracts the claim, which leaves the conflict it joined', async () => {
    const { data } = await step('4-retract-claim.graphql');
    expect(data.retractClaim.claims[0]).toMatchObject({ support: { status: 'RETRACTED' }, retraction: { reason: 'The spokesperson corrected the figure the next day.', by: run.agent.name } });
    // Kenya's group stays, as the seed has it: the table's 400 and late October's 400 below the contingents' 600.
    expect(data.retractClaim.conflictChanges.map((c: Json) => c.change)).toEqual(['ALTERED']);
    const { records } = await graph.driver.executeQuery('MATCH (:Conflict {id: $id})-[:INVOLVES]->(c) RETURN c.id AS id ORDER BY id', { id: data.retractClaim.conflictChanges[0].id });
    expect(records.map((r) => r.get('id'))).toEqual(['wp-kenya-deployed-400-late-oct-2024', 'wp-kenya-first-contingent-400', 'wp-kenya-second-contingent-200', 'wp-table-kenya-400']);
  });

  it('5: reads the history, and lists leave the retracted claim out unless asked', async () => {
    const { data } = await step('5-claim-history.graphql');
    expect(data.claim.history.map((h: Json) => [h.change, h.activity.kind, h.activity.agent])).toEqual([
      ['CREATED', 'addClaims', run.agent.name],
      ['RETRACTED', 'retractClaim', run.agent.name],
    ]);
    expect(data.everything.totalCount).toBe(data.current.totalCount + 1);
    // The auditor's page of the claim says so too, with the history.
    const page = await (await fetch(new URL('/audit/claim/ledger-kenya-380-2025-01-03', api.url))).text();
    expect(page).toContain(`Retracted by ${run.agent.name}`);
    expect(page).toContain('The spokesperson corrected the figure the next day.');
    expect(page).toMatch(/created by [^<]* \(addClaims\)[\s\S]*retracted by [^<]* \(retractClaim\)/);
  });
});
