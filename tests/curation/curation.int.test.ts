import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Curation, type CurationResult } from '../../src/curation/curation.js';
import { CurationRefusal } from '../../src/curation/curation-refusal.js';
import { MAX_SOURCE_TEXT_BYTES } from '../../src/curation/curation-input.js';
import { loadSeedIntoGraph } from '../../src/ingestion/load-seed.js';
import { curationRun, LEDGER_TEXT } from '../support/curation-fixture.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

const run = curationRun();
const LEDGER = run.id('ledger-2025-01-05');
let graph: TestGraph;
let curation: Curation;

/** Code points before a quote's first occurrence: what the server must find as its start. */
const offsetOf = (quote: string) => Array.from(LEDGER_TEXT.slice(0, LEDGER_TEXT.indexOf(quote))).length;

async function refusal(write: Promise<unknown>): Promise<CurationRefusal> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CurationRefusal);
  return error as CurationRefusal;
}

async function claimCount(): Promise<number> {
  const { records } = await graph.driver.executeQuery('MATCH (c:Claim) RETURN count(c) AS n');
  return records[0]!.get('n').toNumber();
}

const strength = (overrides: Record<string, unknown> = {}) => ({
  id: run.id('ledger-kenya-380'),
  kind: 'COUNT'.toLowerCase(),
  statement: 'As of 3 January 2025, Kenya had 380 police officers with the MSS.',
  subject: 'kenya',
  measure: 'mss-personnel-deployed-kenya',
  value: { qualifier: 'exact', amount: 380, unit: 'personnel' },
  time: { on: '2025-01-03', label: '3 January 2025' },
  citations: [{ quote: 'As of 3 January 2025, Kenya had 380 police officers serving with the mission' }],
  ...overrides,
});
const arrival = {
  id: run.id('ledger-kenya-400-arrival'),
  kind: 'count',
  statement: 'On 25 June 2024, 400 Kenyan police officers landed in Haiti.',
  subject: 'kenya',
  measure: 'mss-personnel-deployed-kenya',
  value: { qualifier: 'exact', amount: 400, unit: 'personnel' },
  time: { on: '2024-06-25' },
  citations: [{ quote: 'The first contingent of 400 Kenyan police officers landed in Port-au-Prince on 25 June 2024' }],
};

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  curation = new Curation(graph.runner);
});

afterAll(async () => {
  await run.cleanUp(graph.runner);
  await graph.close();
});

describe('adding an article and its claims by quote', () => {
  let added: CurationResult;

  it('stores the text byte-exact with its SHA-256', async () => {
    const result = await curation.addSource(run.agent, { id: LEDGER, title: 'Haiti mission update: Kenyan police hold the line', publisher: 'Port-au-Prince Ledger (test material)', published: '2025-01-05', text: LEDGER_TEXT });
    expect(result.sourceIds).toEqual([LEDGER]);
    const { records } = await graph.driver.executeQuery('MATCH (s:Source {id: $id}) RETURN s.text AS text, s.sha256 AS sha, s.kind AS kind', { id: LEDGER });
    expect(records[0]!.get('text')).toBe(LEDGER_TEXT);
    expect(records[0]!.get('sha')).toBe(createHash('sha256').update(LEDGER_TEXT, 'utf8').digest('hex'));
    expect(records[0]!.get('kind')).toBe('document');
  });

  it('finds each quote, its offsets and its section, and reports the conflict and corroboration it creates', async () => {
    added = await curation.addClaims(run.agent, { idempotencyKey: run.id('add-ledger-claims'), source: LEDGER, claims: [strength(), arrival] });
    expect(added.claimIds).toEqual([run.id('ledger-kenya-380'), run.id('ledger-kenya-400-arrival')]);
    const { records } = await graph.driver.executeQuery(
      'MATCH (q:Citation)-[:SUPPORTS]->(c:Claim {id: $id}) RETURN q.start AS start, q.end AS end, q.section AS section, q.prefix AS prefix',
      { id: run.id('ledger-kenya-380') },
    );
    const quote = strength().citations[0]!.quote;
    expect(records[0]!.get('start').toNumber()).toBe(offsetOf(quote));
    expect(records[0]!.get('end').toNumber()).toBe(offsetOf(quote) + Array.from(quote).length);
    expect(records[0]!.get('section')).toBe('Strength');
    // 380 on 3 January 2025 against the Wikipedia table's 400 on that day.
    const created = added.conflictChanges.find((c) => c.measureId === 'mss-personnel-deployed-kenya' && c.change !== 'RESOLVED');
    expect(created).toBeDefined();
    const { records: involved } = await graph.driver.executeQuery('MATCH (:Conflict {id: $id})-[:INVOLVES]->(c) RETURN collect(c.id) AS ids', { id: created!.id });
    expect(involved[0]!.get('ids')).toEqual(expect.arrayContaining([run.id('ledger-kenya-380'), 'wp-table-kenya-400']));
    // The article states the arrival of 400 independently of Wikipedia.
    expect(added.supportChanges).toEqual(expect.arrayContaining([{ claimId: 'wp-kenya-deployed-400-2024-06-25', before: 'SINGLE_SOURCE', after: 'CORROBORATED' }]));
    expect(added.supportChanges).toEqual(expect.arrayContaining([{ claimId: run.id('ledger-kenya-380'), before: null, after: 'CONTESTED' }]));
  });

  it('answers a replay of the same call with the first answer and writes nothing', async () => {
    const before = await claimCount();
    const again = await curation.addClaims(run.agent, { idempotencyKey: run.id('add-ledger-claims'), source: LEDGER, claims: [strength(), arrival] });
    expect(again).toEqual({ ...added, replayed: true });
    expect(await claimCount()).toBe(before);
  });

  it('recognises the same claims sent again without a key as a replay', async () => {
    const again = await curation.addClaims(run.agent, { source: LEDGER, claims: [strength(), arrival] });
    expect(again.replayed).toBe(true);
    expect(again.claimIds).toEqual(added.claimIds);
    expect(again.activityId).toBe(added.activityId);
  });

  it('refuses the same id with other content', async () => {
    const error = await refusal(curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ statement: 'Something else.' })] }));
    expect(error.code).toBe('ID_TAKEN');
  });

  it('refuses a key used for another request', async () => {
    const error = await refusal(curation.addClaims(run.agent, { idempotencyKey: run.id('add-ledger-claims'), source: LEDGER, claims: [arrival] }));
    expect(error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('bad input gets a code, a message and no write', () => {
  // The ledger text is ASCII, so its code point offsets are its string indexes.
  const cases: [string, () => Promise<unknown>, string, RegExp][] = [
    ['an unknown subject', () => curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('x1'), subject: 'atlantis' })] }), 'UNKNOWN_REFERENCE', /subject "atlantis"/],
    ['an unknown measure', () => curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('x2'), measure: 'no-such-measure' })] }), 'UNKNOWN_REFERENCE', /measure "no-such-measure"/],
    ['a quote not in the text', () => curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('x3'), citations: [{ quote: 'Kenya had 3,800 police officers' }] })] }), 'QUOTE_NOT_FOUND', /not in the source text/],
    ['an ambiguous quote', () => curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('x4'), citations: [{ quote: '380' }] })] }), 'QUOTE_AMBIGUOUS', /occurs 2 times.*occurrence/],
    ['a value without a unit', () => curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('x5'), value: { qualifier: 'exact', amount: 380 } })] }), 'BAD_USER_INPUT', /needs its unit/],
    ['an end before its start', () => curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('x6'), time: { from: '2025-01', to: '2024-12' } })] }), 'BAD_USER_INPUT', /before it starts/],
    ['retracting an unknown id', () => curation.retractClaim(run.agent, { id: run.id('never-added'), reason: 'test' }), 'NOT_FOUND', /no claim has id/],
    ['a text over the size limit', () => curation.addSource(run.agent, { id: run.id('huge'), title: 'Huge', text: 'x'.repeat(MAX_SOURCE_TEXT_BYTES + 1) }), 'TEXT_TOO_LARGE', /at most 500000 bytes/],
  ];
  it.each(cases)('%s', async (_, write, code, message) => {
    const before = await claimCount();
    const error = await refusal(write());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await claimCount()).toBe(before);
  });

  it('a refused call writes none of its claims, the valid ones included', async () => {
    const before = await claimCount();
    const error = await refusal(curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('fine') , time: { on: '2025-01-04' } }), strength({ id: run.id('broken'), subject: 'atlantis' })] }));
    expect(error.problems.map((p) => p.path)).toEqual(['claims.1.subject']);
    expect(await claimCount()).toBe(before);
  });

  it('an ambiguous quote is refused with every position, and occurrence picks one', async () => {
    const error = await refusal(curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('pick'), citations: [{ quote: '380' }] })] }));
    expect(error.problems[0]!.positions).toEqual([LEDGER_TEXT.indexOf('380'), LEDGER_TEXT.lastIndexOf('380')]);
    const picked = await curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id('pick'), time: { on: '2025-01-07' }, citations: [{ quote: '380', occurrence: 2 }] })] });
    expect(picked.claimIds).toEqual([run.id('pick')]);
  });
});

describe('correcting and retracting', () => {
  it('an update changes the fields, resolves the conflict and keeps the history', async () => {
    const id = run.id('ledger-kenya-380');
    const result = await curation.updateClaim(run.agent, id, { value: { qualifier: 'exact', amount: 400, unit: 'personnel' }, reason: 'Misread the figure' });
    expect(result.conflictChanges.some((c) => c.change === 'RESOLVED' || c.change === 'ALTERED')).toBe(true);
    const { records } = await graph.driver.executeQuery(
      'MATCH (c:Claim {id: $id})-[r:WAS_REVISED_BY]->(a:Activity)-[:WAS_ASSOCIATED_WITH]->(agent) RETURN r.fields AS fields, r.previous AS previous, agent.name AS who',
      { id },
    );
    expect(records[0]!.get('fields')).toEqual(['amount']);
    expect(JSON.parse(records[0]!.get('previous'))).toEqual({ amount: 380, reason: 'Misread the figure' });
    expect(records[0]!.get('who')).toBe(run.agent.name);
  });

  it('a retracted claim stays, marked, and counts in no conflict', async () => {
    const id = run.id('pick');
    await curation.retractClaim(run.agent, { id, reason: 'Duplicate of the spokesperson figure' });
    const { records } = await graph.driver.executeQuery(
      'MATCH (c:Claim {id: $id}) RETURN c:Retracted AS retracted, c.retractedReason AS reason, c.supportStatus AS status, COUNT { (:Conflict)-[:INVOLVES]->(c) } AS conflicts',
      { id },
    );
    expect(records[0]!.toObject()).toMatchObject({ retracted: true, reason: 'Duplicate of the spokesperson figure', status: 'RETRACTED' });
    expect(records[0]!.get('conflicts').toNumber()).toBe(0);
    expect((await refusal(curation.retractClaim(run.agent, { id, reason: 'again' }))).code).toBe('ALREADY_RETRACTED');
  });

  it('npm run seed keeps every curated claim, correction, retraction and history entry', async () => {
    await loadSeedIntoGraph(graph.runner);
    const { records } = await graph.driver.executeQuery(
      `MATCH (c:Claim) WHERE c.id IN $ids
       RETURN c.id AS id, c.amount AS amount, c:Retracted AS retracted, COUNT { (c)-[:WAS_GENERATED_BY|WAS_REVISED_BY|WAS_INVALIDATED_BY]->() } AS history ORDER BY id`,
      { ids: [run.id('ledger-kenya-380'), run.id('pick')] },
    );
    expect(records.map((r) => [r.get('id'), r.get('amount'), r.get('retracted'), r.get('history').toNumber()])).toEqual(
      [
        [run.id('ledger-kenya-380'), 400, false, 2],
        [run.id('pick'), 380, true, 2],
      ].sort(),
    );
  });

  it('a correction of a seed claim survives the next seed load', async () => {
    await curation.updateClaim(run.agent, 'wp-kenya-deployed-600-after-second-contingent', { note: 'Checked against the Kenyan government statement.' });
    await loadSeedIntoGraph(graph.runner);
    const { records } = await graph.driver.executeQuery('MATCH (c:Claim {id: $id}) RETURN c.note AS note, c.origin AS origin', { id: 'wp-kenya-deployed-600-after-second-contingent' });
    expect(records[0]!.toObject()).toEqual({ note: 'Checked against the Kenyan government statement.', origin: 'curation' });
  });
});

describe('concurrent writers', () => {
  it('parallel claims on one measure and one source are all kept, assessed together, never duplicated', async () => {
    const measure = run.id('ledger-parallel-measure');
    await curation.addMeasure(run.agent, { id: measure, name: 'Test measure for parallel writers', unit: 'personnel', description: 'Test only.', subject: 'kenya' });
    const amounts = [301, 302, 303, 304, 305, 306, 307, 308];
    const results = await Promise.allSettled(
      amounts.map((amount) =>
        curation.addClaims(run.agent, { source: LEDGER, claims: [strength({ id: run.id(`parallel-${amount}`), measure, value: { qualifier: 'exact', amount, unit: 'personnel' } })] }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(amounts.map(() => 'fulfilled'));
    const { records } = await graph.driver.executeQuery(
      `MATCH (m:Measure {id: $measure})<-[:OF_MEASURE]-(c:Claim)
       WITH m, collect(c.id) AS claims, count(c) AS n, collect(DISTINCT c.contested) AS contested
       RETURN n, claims, contested, [(x:Conflict)-[:ON_MEASURE]->(m) | x.claimIds] AS groups,
              COUNT { (q:Citation)-[:SUPPORTS]->(:Claim)-[:OF_MEASURE]->(m) } AS supports, COUNT { MATCH (q:Citation)-[:SUPPORTS]->(:Claim)-[:OF_MEASURE]->(m) RETURN DISTINCT q } AS citations`,
      { measure },
    );
    const row = records[0]!;
    expect(row.get('n').toNumber()).toBe(amounts.length);
    expect(row.get('contested')).toEqual([true]);
    // Eight different figures for one day: one conflict group holding all of them.
    expect(row.get('groups')).toEqual([amounts.map((a) => run.id(`parallel-${a}`)).sort()]);
    expect(row.get('citations').toNumber()).toBe(1);
    expect(row.get('supports').toNumber()).toBe(amounts.length);
  });

  it('parallel replays of one idempotency key write once and all get the same answer', async () => {
    const key = run.id('parallel-key');
    const claim = strength({ id: run.id('keyed'), time: { on: '2025-01-06' } });
    const answers = await Promise.all([1, 2, 3, 4].map(() => curation.addClaims(run.agent, { idempotencyKey: key, source: LEDGER, claims: [claim] })));
    expect(new Set(answers.map((a) => a.activityId)).size).toBe(1);
    const { records } = await graph.driver.executeQuery('MATCH (a:Activity {idempotencyKey: $key}) RETURN count(a) AS n', { key });
    expect(records[0]!.get('n').toNumber()).toBe(1);
  });
});
