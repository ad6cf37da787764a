import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/config.js';
import { DatabaseAvailability, type AvailabilityLog } from './availability.js';
import { toDatabaseError } from './database-errors.js';
import { adoptLocalNeo4j, localNeo4jStatus, startLocalNeo4j, type RunningNeo4j } from './local-neo4j/index.js';
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
  /** Where outages are reported (once when Neo4j stops answering, once when it is back). */
  availabilityLog?: AvailabilityLog;
  queryTimeoutMs?: number;
}

/**
 * A request must fail within seconds when Neo4j is gone, not after the driver's defaults (30 s of
 * retries, 60 s to acquire a connection): a refused or silent connection gives up after 3 s, and
 * transient failures are retried for at most 2 s.
 */
const DRIVER_SETTINGS = {
  userAgent: 'claimgraph',
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
} as const;

/** The driver every part of claimgraph uses (the app, the CLI, the tests): one set of settings. */
export function openDriver(uri: string, auth: AuthToken | undefined): Driver {
  return neo4j.driver(uri, auth, DRIVER_SETTINGS);
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
  const driver = openDriver(uri, auth);
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    await driver.close();
    if (localServer?.startedByUs && !options.detached) await localServer.stop();
    throw toDatabaseError(error, uri);
  }

  const runner = new QueryRunner(driver, target.database, uri, {
    queryTimeoutMs: options.queryTimeoutMs,
    availability: new DatabaseAvailability(options.availabilityLog),
  });
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

/**
 * A local server someone already started is used: one from `npm run neo4j:start` (no owner) or from
 * another running claimgraph is left running; one whose owner is gone (an `npm start` killed with
 * SIGKILL) is adopted, said so, and stopped when this process stops.
 */
async function reuseOrStartLocal(
  target: Extract<Neo4jTarget, { kind: 'local' }>,
  password: string,
  options: ConnectOptions,
): Promise<RunningNeo4j> {
  const status = await localNeo4jStatus({ instanceDir: target.instanceDir, boltPort: target.boltPort });
  if (status.state === 'orphaned' && !options.detached) {
    options.log(`Adopting the local Neo4j (pid ${status.pid}) that an earlier claimgraph (pid ${status.ownerPid}, no longer running) left behind; it stops when this one does`);
    return adoptLocalNeo4j({ instanceDir: target.instanceDir, log: options.log });
  }
  if (status.state === 'running' || status.state === 'orphaned') {
    const whose = status.ownerPid === null ? 'started by npm run neo4j:start' : `owned by the claimgraph process ${status.ownerPid}`;
    options.log(`Using the local Neo4j already running (pid ${status.pid}, ${whose}) at ${status.uri}; it is left running`);
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
