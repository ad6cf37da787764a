import neo4j, { type Driver } from 'neo4j-driver';
import { openDriver } from '../../src/database/graph-connection.js';
import { inject } from 'vitest';
import { migrate } from '../../src/database/migrations.js';
import type { QueryRunner } from '../../src/database/query-runner.js';
import { RecordingQueryRunner } from '../../bench/profile/recording-query-runner.js';
import { loadSeedIntoGraph } from '../../src/ingestion/load-seed.js';

/** A driver and runner on the test Neo4j that global-setup provides. */
export interface TestGraph {
  driver: Driver;
  /** The project's runner; it also notes the queries of a request when asked to (record()). */
  runner: RecordingQueryRunner;
  close(): Promise<void>;
}

export function openTestGraph(): TestGraph {
  const { uri, user, password, database } = inject('neo4j');
  const driver = openDriver(uri, neo4j.auth.basic(user, password));
  return { driver, runner: new RecordingQueryRunner(driver, database, uri), close: () => driver.close() };
}

/** The real corpus, migrated and loaded (idempotent, so every file may call it). */
export async function loadCorpus(runner: QueryRunner): Promise<void> {
  await migrate(runner);
  await loadSeedIntoGraph(runner);
}
