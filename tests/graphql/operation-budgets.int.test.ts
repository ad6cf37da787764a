import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleVariables } from '../../bench/operations/bench-operations.js';
import { profileQuery } from '../../bench/profile/profile-query.js';
import { projectRoot } from '../../src/config/project-root.js';
import { refreshPlannerStatistics } from '../../src/database/planner-statistics.js';
import { exampleOperation } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

/**
 * What each example operation in docs/operations costs Neo4j on the corpus, against a recorded
 * budget: its round trips, and the db hits of the queries it sent (each PROFILEd with the very
 * parameters the API sent). Db hits are counted, not timed, so a regression fails on any machine.
 *
 * The budget is generated, never edited: `npm run test:budgets` measures every operation the same
 * way and rewrites operation-budgets.json. Regenerate it when a change of cost is meant (a new
 * field, a filter), and say so in the commit.
 *
 * On the same graph the same query text gets the same plan and the same db hits. Only the index
 * statistics the planner reads could differ (Neo4j samples indexes in the background after a load,
 * so a plan made just after it may start elsewhere: measures-by-ids once read every measure that
 * way), hence the indexes are resampled and the plans dropped first, as after a seed load
 * (src/database/planner-statistics.ts). The graph itself is the
 * corpus plus the history other test files leave on it: a seed claim a test corrects and hands back
 * gets the seed loader's activities, relationships that an expansion of that claim steps over (a
 * few db hits). HISTORY_SLACK allows for those; a scan or an N+1 costs many times more.
 */
const HISTORY_SLACK = 0.02;
const env = useCorpusApi();
beforeAll(async () => {
  // What the seed loader does after its load; other test files write since, and a budget must not depend on when.
  await refreshPlannerStatistics(env.graph.runner, (warning) => {
    throw new Error(warning);
  });
});

const BUDGETS = path.join(projectRoot, 'tests', 'graphql', 'operation-budgets.json');
const recording = process.env.CLAIMGRAPH_RECORD_BUDGETS === '1';
const operations = readdirSync(path.join(projectRoot, 'docs', 'operations')).filter((f) => f.endsWith('.graphql')).sort();

interface Cost {
  roundTrips: number;
  dbHits: number;
  /** Db hits per named query (summed when a request runs one query twice), to say which one grew. */
  queries: Record<string, number>;
}

interface Budgets {
  generatedBy: string;
  operations: Record<string, Cost>;
}

const measured: Record<string, Cost> = {};

async function costOf(file: string): Promise<Cost> {
  const text = await exampleOperation(file);
  const recorded = await env.graph.runner.record(() => env.api.query(text, exampleVariables(text)));
  expect(recorded.result.errors, file).toBeUndefined();
  const queries: Record<string, number> = {};
  for (const q of recorded.queries) {
    const profile = await profileQuery(env.graph.driver, q.query.name, q.query.text, q.params);
    expect(profile.error, `${file}: PROFILE of ${q.query.name}`).toBeUndefined();
    queries[q.query.name] = (queries[q.query.name] ?? 0) + profile.dbHits;
  }
  return { roundTrips: recorded.roundTrips, dbHits: Object.values(queries).reduce((a, b) => a + b, 0), queries };
}

const budgets: Promise<Budgets | undefined> = readFile(BUDGETS, 'utf8').then(
  (text) => JSON.parse(text) as Budgets,
  () => undefined,
);

describe('what each example operation costs Neo4j on the corpus', () => {
  it.each(operations)('%s stays within its budget of round trips and db hits', async (file) => {
    const cost = await costOf(file);
    measured[file] = cost;
    if (recording) return;
    const budget = (await budgets)?.operations[file];
    expect(budget, `${file} has no budget: run npm run test:budgets`).toBeDefined();
    const grown = Object.entries(cost.queries)
      .filter(([name, hits]) => hits > (budget!.queries[name] ?? 0))
      .map(([name, hits]) => `${name} ${budget!.queries[name] ?? 0} → ${hits}`);
    const why = `${file}: ${grown.join(', ') || 'no single query grew'} (npm run test:budgets records a cost that is meant)`;
    expect(cost.roundTrips, why).toBeLessThanOrEqual(budget!.roundTrips);
    expect(cost.dbHits, why).toBeLessThanOrEqual(Math.ceil(budget!.dbHits * (1 + HISTORY_SLACK)));
  });

  afterAll(async () => {
    if (!recording || Object.keys(measured).length !== operations.length) return;
    const generated: Budgets = {
      generatedBy: 'npm run test:budgets (tests/graphql/operation-budgets.int.test.ts); do not edit',
      operations: measured,
    };
    await writeFile(BUDGETS, JSON.stringify(generated, null, 2) + '\n');
    console.log(`Budgets of ${operations.length} operations written to ${path.relative(projectRoot, BUDGETS)}`);
  });
});
