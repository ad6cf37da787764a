import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../src/database/graph-connection.js';
import { refreshPlannerStatistics } from '../../src/database/planner-statistics.js';
import { QueryRunner } from '../../src/database/query-runner.js';
import { loadSeedIntoGraph } from '../../src/ingestion/load-seed.js';
import { freePort } from '../global-setup.js';
import { loadCorpus, openTestGraph } from '../support/test-graph.js';

const graph = openTestGraph();
afterAll(() => graph.close());

describe('planner statistics after a bulk write', () => {
  it('are refreshed by the seed load once it has written, which says nothing about them when that works', async () => {
    await loadCorpus(graph.runner);
    const statements: string[] = [];
    const runner = new (class extends QueryRunner {
      override runSchema(statement: string) {
        statements.push(statement);
        return super.runSchema(statement);
      }
    })(graph.driver, graph.runner.database, 'test');
    const lines: string[] = [];
    await loadSeedIntoGraph(runner, { log: (line) => lines.push(line) });
    expect(statements).toEqual(['CALL db.prepareForReplanning()']);
    expect(lines.filter((line) => line.startsWith('Warning'))).toEqual([]);
  });

  it('when they cannot be refreshed, a warning is told and the write that committed is not failed', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const driver = openDriver(uri, neo4j.auth.basic('neo4j', 'unused'));
    try {
      const lines: string[] = [];
      await expect(refreshPlannerStatistics(new QueryRunner(driver, 'neo4j', uri), (line) => lines.push(line))).resolves.toBeUndefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Warning: Neo4j's index statistics were not refreshed after the write \(.+\); queries may be planned from stale ones/);
    } finally {
      await driver.close();
    }
  });
});
