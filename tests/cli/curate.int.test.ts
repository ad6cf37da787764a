import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { curationRun } from '../support/curation-fixture.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

const run = curationRun();
const exec = promisify(execFile);
const { uri, user, password, database } = inject('neo4j');
let graph: TestGraph;
let dir: string;

/** What `npm run curate` runs, against the test database, as this run's curator. */
const curate = (...args: string[]) =>
  exec(process.execPath, ['--import', 'tsx', 'src/cli/curate.ts', ...args, '--as', run.agent.name], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
  });

async function claimExists(id: string): Promise<boolean> {
  const { records } = await graph.driver.executeQuery('RETURN EXISTS { (:Claim {id: $id}) } AS found', { id });
  return records[0]!.get('found');
}

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
  dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-curate-'));
  await writeFile(
    path.join(dir, 'claims.yaml'),
    [
      `source: ${run.id('ledger')}`,
      'claims:',
      `  - id: ${run.id('cli-kenya-380')}`,
      '    kind: count',
      '    statement: "As of 3 January 2025, Kenya had 380 police officers with the MSS."',
      '    subject: kenya',
      '    measure: mss-personnel-deployed-kenya',
      '    value: { amount: 380, qualifier: exact, unit: personnel }',
      '    time: { on: 2025-01-03 }',
      '    citations:',
      '      - quote: "Kenya had 380 police officers serving with the mission"',
    ].join('\n'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await run.cleanUp(graph.runner);
  await graph.close();
});

describe('npm run curate', () => {
  it('adds a source from a text file', async () => {
    const { stdout } = await curate('add-source', '--id', run.id('ledger'), '--title', 'Haiti mission update', '--publisher', 'Port-au-Prince Ledger', '--text', 'tests/fixtures/curation/ledger-2025-01-05.txt');
    expect(stdout).toContain(`wrote 1 sources: ${run.id('ledger')}`);
  });

  it('--dry-run shows the conflict the claims would create and writes nothing', async () => {
    const { stdout } = await curate('add-claims', path.join(dir, 'claims.yaml'), '--dry-run');
    expect(stdout).toMatch(/^Dry run, nothing written/);
    expect(stdout).toMatch(/conflict (created|altered) on measure mss-personnel-deployed-kenya/);
    expect(await claimExists(run.id('cli-kenya-380'))).toBe(false);
  });

  it('adds the claims of a YAML file in the seed format without offsets, then retracts one', async () => {
    const added = await curate('add-claims', path.join(dir, 'claims.yaml'));
    expect(added.stdout).toContain(`support of ${run.id('cli-kenya-380')}: new -> CONTESTED`);
    expect(await claimExists(run.id('cli-kenya-380'))).toBe(true);
    const retracted = await curate('retract', run.id('cli-kenya-380'), '--reason', 'A test retraction');
    expect(retracted.stdout).toContain(`support of ${run.id('cli-kenya-380')}: CONTESTED -> RETRACTED`);
  });

  it('a refused write exits 1 with the problem and its path', async () => {
    const failed = await curate('retract', run.id('never-added'), '--reason', 'nothing').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`id: no claim has id "${run.id('never-added')}"`);
  });
});
