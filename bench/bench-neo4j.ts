import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { openDriver } from '../src/database/graph-connection.js';
import { freePort } from '../src/config/port-probe.js';
import { projectRoot } from '../src/config/project-root.js';
import { startLocalNeo4j, type RunningNeo4j } from '../src/database/local-neo4j/index.js';
import { localPassword } from '../src/database/local-password.js';
import { RecordingQueryRunner } from './profile/recording-query-runner.js';

/** Where the benchmark's Neo4j databases live: one instance per graph size, beside (never inside) the default and test instances. */
export const benchInstancesDir = path.join(projectRoot, '.neo4j', 'instances', 'bench');

export interface BenchNeo4jSettings {
  heapSize: string;
  pageCacheSize: string;
  /** 0: any free port on 127.0.0.1. */
  boltPort: number;
}

export interface BenchGraph {
  uri: string;
  /** The instance's generated password, for an API process of its own. */
  password: string;
  instanceDir: string;
  /** The Neo4j process (benchmarks read its CPU time). */
  pid: number;
  driver: Driver;
  /** The project's query runner (it notes queries only while asked to), shared by the generator and our API. */
  runner: RecordingQueryRunner;
  close(): Promise<void>;
}

/**
 * Starts the bench instance of one graph size with its own heap and page cache. Each size keeps its
 * own database, so switching sizes costs a restart instead of regenerating a graph of a million claims.
 */
export async function startBenchNeo4j(sizeLabel: string, settings: BenchNeo4jSettings, log: (line: string) => void): Promise<BenchGraph> {
  const instanceDir = path.join(benchInstancesDir, sizeLabel);
  const password = await localPassword(instanceDir, undefined);
  const server: RunningNeo4j = await startLocalNeo4j({
    cacheDir: path.join(projectRoot, '.neo4j'),
    instanceDir,
    boltPort: settings.boltPort || (await freePort()),
    password,
    heapSize: settings.heapSize,
    pageCacheSize: settings.pageCacheSize,
    // Recovering a database of a million claims after an unclean stop takes longer than the default wait.
    startTimeoutMs: 600_000,
    detached: false,
    log,
  });
  // The settings our API runs with (graph-connection.ts), for every target: a failing query is
  // retried for 2 s, not the driver's default 30 s.
  const driver = openDriver(server.uri, neo4j.auth.basic('neo4j', password));
  return {
    uri: server.uri,
    password,
    instanceDir,
    pid: server.pid,
    driver,
    runner: new RecordingQueryRunner(driver, 'neo4j', server.uri),
    async close() {
      await driver.close();
      await server.stop();
    },
  };
}
