import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/config.js';
import { toDatabaseError } from './database-errors.js';
import { localNeo4jStatus, startLocalNeo4j, type RunningNeo4j } from './local-neo4j/index.js';
import { localPassword } from './local-password.js';
import { QueryRunner } from './query-runner.js';

/** An open connection to the graph, and the local server behind it when this process started one. */
export interface GraphConnection {
  readonly uri: string;
  readonly driver: Driver;
  readonly runner: QueryRunner;
  readonly localServer: RunningNeo4j | undefined;
  /** Closes the driver, then stops the local server if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  log: (line: string) => void;
  /** Keep a local server running after this process exits (the neo4j:start command). */
  detached?: boolean;
}

export async function connectGraph(target: Neo4jTarget, options: ConnectOptions): Promise<GraphConnection> {
  let localServer: RunningNeo4j | undefined;
  let uri: string;
  let password: string | undefined = target.password;
  if (target.kind === 'local') {
    password = await localPassword(target.instanceDir, target.password);
    localServer = await reuseOrStartLocal(target, password, options);
    uri = localServer.uri;
  } else {
    uri = target.uri;
  }

  const auth = password === undefined ? undefined : neo4j.auth.basic(target.user, password);
  const driver = neo4j.driver(uri, auth, { userAgent: 'claimgraph', connectionAcquisitionTimeout: 20_000 });
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    await driver.close();
    if (localServer?.startedByUs && !options.detached) await localServer.stop();
    throw toDatabaseError(error, uri);
  }

  const runner = new QueryRunner(driver, target.database, uri);
  return {
    uri,
    driver,
    runner,
    localServer,
    async close() {
      await driver.close();
      if (localServer?.startedByUs && !options.detached) await localServer.stop();
    },
  };
}

/** A local server someone already started (npm run neo4j:start) is used as it is, and left running. */
async function reuseOrStartLocal(
  target: Extract<Neo4jTarget, { kind: 'local' }>,
  password: string,
  options: ConnectOptions,
): Promise<RunningNeo4j> {
  const status = await localNeo4jStatus({ instanceDir: target.instanceDir, boltPort: target.boltPort });
  if (status.state === 'running' && status.uri && status.pid !== undefined) {
    options.log(`Using the local Neo4j already running (pid ${status.pid}) at ${status.uri}`);
    return { uri: status.uri, pid: status.pid, startedByUs: false, stop: async () => undefined };
  }
  return startLocalNeo4j({
    cacheDir: target.cacheDir,
    instanceDir: target.instanceDir,
    boltPort: target.boltPort,
    password,
    heapSize: target.heapSize,
    pageCacheSize: target.pageCacheSize,
    detached: options.detached ?? false,
    log: options.log,
  });
}
