import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Agent } from '../../src/curation/activity.js';
import { projectRoot } from '../../src/config/project-root.js';
import { namedQuery } from '../../src/database/named-query.js';
import type { QueryRunner } from '../../src/database/query-runner.js';
import { loadSeedIntoGraph } from '../../src/ingestion/load-seed.js';

const removeCurated = namedQuery<{ suffix: string }, never>('remove-curated', path.join(projectRoot, 'tests', 'support', 'cypher'), 'tests/');

/** The invented article of tests/fixtures/curation (see its README): test material, not a publication. */
export const LEDGER_TEXT = readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'curation', 'ledger-2025-01-05.txt'), 'utf8');

/**
 * One test file's curation run: ids and an agent with a suffix of their own, so the file removes
 * only what it made, and the corpus's assessment restored afterwards (its figures' support and
 * conflicts may have changed while the test's claims were there).
 */
export function curationRun() {
  const suffix = `-t${randomBytes(3).toString('hex')}`;
  return {
    suffix,
    id: (base: string) => `${base}${suffix}`,
    agent: { name: `test curator${suffix}`, kind: 'token' } satisfies Agent,
    async cleanUp(runner: QueryRunner) {
      await runner.write(removeCurated, { suffix });
      await loadSeedIntoGraph(runner);
    },
  };
}
