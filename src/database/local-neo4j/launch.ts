import { spawn } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { portIsFree } from '../../config/port-probe.js';
import { findJava } from './java-runtime.js';
import { ensureNeo4jJars } from './neo4j-jars.js';
import {
  instancePaths,
  isAlive,
  isNeo4jProcess,
  isNewInstance,
  logSizes,
  logTail,
  readPidRecord,
  removePidRecord,
  setInitialPassword,
  writeInstanceConfig,
  writePidRecord,
} from './instance.js';
import { LocalNeo4jError } from './local-neo4j-error.js';

export interface LocalNeo4jOptions {
  /** Where jars go, e.g. <repo>/.neo4j (shared by instances). */
  cacheDir: string;
  /** e.g. <repo>/.neo4j/instances/default (conf, data, logs, pid). */
  instanceDir: string;
  boltPort: number;
  password: string;
  heapSize?: string;
  pageCacheSize?: string;
  startTimeoutMs?: number;
  /** true: the server outlives this process (npm run neo4j:start); false: it is stopped with it. */
  detached?: boolean;
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  startedByUs: boolean;
  stop(): Promise<void>;
}

/**
 * running: a live server, whose owner (the process that stops it) is alive or who has none (neo4j:start);
 * orphaned: a live server whose owner is gone (an `npm start` killed with SIGKILL);
 * stale-pid: the pid file names a process that is no longer a Neo4j (it was killed or crashed).
 */
export type LocalNeo4jStatus =
  | { state: 'stopped' }
  | { state: 'stale-pid'; pid: number }
  | { state: 'running' | 'orphaned'; pid: number; uri: string; ownerPid: number | null };

/**
 * The JVM flags Neo4j 5.26's bootloader would pass: the server.jvm.additional defaults of its
 * distribution's neo4j.conf (minus the profiling-only ones) plus the -Dfile.encoding it adds itself.
 * The --add-opens give Netty and the page cache the java.base access they need on Java 17+.
 * docker/build-images.ts puts the same flags in the local Neo4j image.
 */
export const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

/** How long a stop waits after SIGTERM before SIGKILL (a clean stop takes under a second here). */
const STOP_GRACE_MS = 30_000;

export async function localNeo4jStatus(opts: { instanceDir: string; boltPort: number }): Promise<LocalNeo4jStatus> {
  const record = await readPidRecord(opts.instanceDir);
  if (!record) return { state: 'stopped' };
  if (!isNeo4jProcess(record.pid)) return { state: 'stale-pid', pid: record.pid };
  const ownerPid = record.ownerPid ?? null;
  const state = ownerPid === null || isAlive(ownerPid) ? 'running' : 'orphaned';
  return { state, pid: record.pid, uri: `bolt://127.0.0.1:${record.boltPort}`, ownerPid };
}

/** Makes this process the owner of a running server (an orphan it adopts): it will stop it. */
export async function adoptLocalNeo4j(opts: { instanceDir: string; log?: (line: string) => void }): Promise<RunningNeo4j> {
  const record = await readPidRecord(opts.instanceDir);
  if (!record || !isNeo4jProcess(record.pid)) throw new LocalNeo4jError('PROCESS_EXITED', `No running Neo4j to adopt in ${opts.instanceDir}.`);
  await writePidRecord(opts.instanceDir, { ...record, ownerPid: process.pid });
  const pid = record.pid;
  return {
    uri: `bolt://127.0.0.1:${record.boltPort}`,
    pid,
    startedByUs: true,
    stop: async () => void (await stopLocalNeo4j({ instanceDir: opts.instanceDir, pid, log: opts.log })),
  };
}

/**
 * Starts the instance and resolves once Bolt accepts an authenticated query. Refuses to start a
 * second server on the same instance, or on a port something else holds.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const log = opts.log ?? (() => undefined);
  const status = await localNeo4jStatus(opts);
  if (status.state === 'running' || status.state === 'orphaned') {
    throw new LocalNeo4jError(
      'ALREADY_RUNNING',
      `The local Neo4j in ${opts.instanceDir} is already running (pid ${status.pid}, ${status.uri}). Stop it with: npm run neo4j:stop (or kill ${status.pid})`,
    );
  }
  if (status.state === 'stale-pid') await removePidRecord(opts.instanceDir);
  await assertPortFree(opts.boltPort);

  const java = findJava();
  const libDir = await ensureNeo4jJars(opts.cacheDir, log);
  await writeInstanceConfig({ instanceDir: opts.instanceDir, boltPort: opts.boltPort, pageCacheSize: opts.pageCacheSize ?? '256m' });
  const paths = instancePaths(opts.instanceDir);
  if (isNewInstance(opts.instanceDir)) {
    log(`Creating a new Neo4j database in ${paths.data}`);
    await setInitialPassword(java, libDir, opts.instanceDir, opts.password);
  }

  const heap = opts.heapSize ?? '512m';
  const logFd = openSync(paths.consoleLog, 'a');
  // console.log only gets what the JVM prints outside Neo4j's own logs; the header tells starts apart.
  writeSync(logFd, `--- ${new Date().toISOString()} claimgraph starts Neo4j\n`);
  const logsBefore = await logSizes(opts.instanceDir);
  const child = spawn(
    java,
    [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, '-cp', `${libDir}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${opts.instanceDir}`, `--config-dir=${paths.conf}`],
    // Always its own process group, so a terminal's Ctrl-C reaches only us: we stop the server
    // after the API has drained, not before. `detached` below only decides who waits for it.
    { detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, NEO4J_HOME: opts.instanceDir, NEO4J_CONF: paths.conf } },
  );
  closeSync(logFd);

  let exited: string | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = signal ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
    // Without a listener a failed spawn would crash this process instead of being reported.
    child.once('error', (error) => {
      exited = `could not run ${java}: ${error.message}`;
      resolve();
    });
  });
  const pid = child.pid;
  if (pid === undefined) {
    await exit;
    throw new LocalNeo4jError('PROCESS_EXITED', `Neo4j could not be started (${exited}).`);
  }
  if (opts.detached) child.unref();
  await writePidRecord(opts.instanceDir, { pid, boltPort: opts.boltPort, ownerPid: opts.detached ? null : process.pid });
  log(`Starting Neo4j ${path.basename(libDir)} (pid ${pid}) on bolt://127.0.0.1:${opts.boltPort} ...`);

  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const started = Date.now();
  const timeout = opts.startTimeoutMs ?? 120_000;
  // Our own child is also awaited, so that it is reaped (no zombie holding its pid) when stop() returns;
  // ref() keeps this process alive until then even when the child was detached and unref()'d.
  const stop = async () => {
    child.ref();
    await stopLocalNeo4j({ instanceDir: opts.instanceDir, pid, log });
    await exit;
  };
  for (;;) {
    if (exited !== undefined) {
      await removePidRecord(opts.instanceDir);
      throw new LocalNeo4jError('PROCESS_EXITED', `Neo4j exited during start-up (${exited}). Its logs end with:\n${await logTail(opts.instanceDir, logsBefore)}`);
    }
    try {
      if (await boltAnswers(uri, opts.password, opts.instanceDir)) break;
    } catch (error) {
      await stop();
      throw error;
    }
    if (Date.now() - started > timeout) {
      const tail = await logTail(opts.instanceDir, logsBefore);
      // A server hung this badly may need SIGKILL; the timeout is still the problem to report.
      await stop().catch(() => undefined);
      throw new LocalNeo4jError('START_TIMEOUT', `Neo4j did not answer on ${uri} within ${timeout / 1000} s; it was stopped. Its logs end with:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`Neo4j is ready on ${uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { uri, pid, startedByUs: true, stop };
}

/**
 * SIGTERM, then wait for a clean shutdown (up to 30 s) before SIGKILL. With `pid`, only that
 * server is stopped: one that replaced it in the pid file (npm run neo4j:start after a crash) is
 * not the caller's to stop.
 */
export async function stopLocalNeo4j(opts: { instanceDir: string; pid?: number; log?: (line: string) => void }): Promise<{ wasRunning: boolean; pid?: number }> {
  const record = await readPidRecord(opts.instanceDir);
  if (opts.pid !== undefined && record?.pid !== opts.pid) {
    if (record) opts.log?.(`Leaving Neo4j (pid ${record.pid}) running: it is not the server this process started (pid ${opts.pid}).`);
    return { wasRunning: false };
  }
  if (!record || !isNeo4jProcess(record.pid)) {
    await removePidRecord(opts.instanceDir);
    return { wasRunning: false };
  }
  opts.log?.(`Stopping Neo4j (pid ${record.pid}) ...`);
  signal(record.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isNeo4jProcess(record.pid)) {
    if (Date.now() > deadline) {
      signal(record.pid, 'SIGKILL');
      await removePidRecord(opts.instanceDir);
      throw new LocalNeo4jError(
        'STOP_TIMEOUT',
        `Neo4j (pid ${record.pid}) did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM and was killed (SIGKILL); ` +
          `its next start recovers the database. See ${instancePaths(opts.instanceDir).neo4jLog}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await removePidRecord(opts.instanceDir);
  return { wasRunning: true, pid: record.pid };
}

/** Signals pid, which may have exited meanwhile: a terminal's Ctrl-C reaches an attached server too. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function assertPortFree(port: number): Promise<void> {
  if (await portIsFree('127.0.0.1', port)) return;
  throw new LocalNeo4jError('PORT_IN_USE', `Port ${port} on 127.0.0.1 is already in use by another program. Choose another port with NEO4J_BOLT_PORT=<port>, or stop that program.`);
}

/** True once Bolt answers a query; a refused password ends the wait at once. */
async function boltAnswers(uri: string, password: string, instanceDir: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000, maxTransactionRetryTime: 0 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
      throw new LocalNeo4jError(
        'PASSWORD_MISMATCH',
        `Neo4j in ${instanceDir} refused the password: the database was created with another one. ` +
          `Set NEO4J_PASSWORD to that password, or delete ${instanceDir} to start from an empty database.`,
      );
    }
    return false;
  } finally {
    await driver.close();
  }
}
