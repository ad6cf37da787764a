import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** The folders and files of one local Neo4j instance (its configuration, data, logs, pid). */
export function instancePaths(instanceDir: string) {
  return {
    conf: path.join(instanceDir, 'conf'),
    data: path.join(instanceDir, 'data'),
    logs: path.join(instanceDir, 'logs'),
    run: path.join(instanceDir, 'run'),
    pidFile: path.join(instanceDir, 'run', 'claimgraph-neo4j.json'),
    consoleLog: path.join(instanceDir, 'logs', 'console.log'),
    neo4jLog: path.join(instanceDir, 'logs', 'neo4j.log'),
  };
}

export interface InstanceSettings {
  instanceDir: string;
  boltPort: number;
  pageCacheSize: string;
}

/** neo4j.conf for a server reachable over Bolt on 127.0.0.1 only, with auth on and no HTTP. */
export async function writeInstanceConfig(settings: InstanceSettings): Promise<void> {
  const p = instancePaths(settings.instanceDir);
  for (const dir of [p.conf, p.data, p.logs, p.run, path.join(settings.instanceDir, 'plugins'), path.join(settings.instanceDir, 'import')]) {
    await mkdir(dir, { recursive: true });
  }
  const lines = [
    '# Written by claimgraph on every start; edit src/database/local-neo4j/instance.ts instead.',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${settings.pageCacheSize}`,
    'dbms.usage_report.enabled=false',
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.run=${p.run}`,
    `server.directories.plugins=${path.join(settings.instanceDir, 'plugins')}`,
    `server.directories.import=${path.join(settings.instanceDir, 'import')}`,
    // Our seed loads in one transaction; a modest cap keeps a runaway query from eating the heap.
    'db.memory.transaction.total.max=256m',
    // Bolt's Netty event loops otherwise idle 5 s each (boss, then workers) before exiting, which
    // made every stop take ~10 s; the databases are already checkpointed and closed by then.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
  ];
  await writeFile(path.join(p.conf, 'neo4j.conf'), lines.join('\n') + '\n');
}

/** True before the first start: the admin tool may set the initial password only then. */
export function isNewInstance(instanceDir: string): boolean {
  return !existsSync(path.join(instancePaths(instanceDir).data, 'dbms'));
}

/** neo4j-admin's `dbms set-initial-password`, run from our jars against this instance's neo4j.conf. */
export async function setInitialPassword(java: string, libDir: string, instanceDir: string, password: string): Promise<void> {
  const p = instancePaths(instanceDir);
  try {
    await promisify(execFile)(java, ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password], {
      env: { ...process.env, NEO4J_HOME: instanceDir, NEO4J_CONF: p.conf },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Setting the initial Neo4j password failed:\n${stdout}${stderr}`, { cause: error });
  }
}

export interface PidRecord {
  pid: number;
  boltPort: number;
  /**
   * The process that started the server and stops it when it exits, or null for a server started
   * to outlive its starter (npm run neo4j:start). A record without owner is from before owners.
   */
  ownerPid?: number | null;
}

export async function readPidRecord(instanceDir: string): Promise<PidRecord | undefined> {
  try {
    return JSON.parse(await readFile(instancePaths(instanceDir).pidFile, 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
}

export const writePidRecord = (instanceDir: string, record: PidRecord) => writeFile(instancePaths(instanceDir).pidFile, JSON.stringify(record) + '\n');
export const removePidRecord = (instanceDir: string) => rm(instancePaths(instanceDir).pidFile, { force: true });

/** Whether a process with this pid is alive (ours to signal or not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether pid names a live Neo4j server (not some other process that reused the pid). */
export function isNeo4jProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.server.CommunityEntryPoint');
  } catch {
    return true;
  }
}

/** The logs a failure report quotes: console.log has what Neo4j prints before its own logs exist. */
const reportedLogs = (instanceDir: string) => [instancePaths(instanceDir).consoleLog, instancePaths(instanceDir).neo4jLog];

/** Where the instance's logs end now, so that a report can quote only what one start wrote. */
export async function logSizes(instanceDir: string): Promise<number[]> {
  return Promise.all(reportedLogs(instanceDir).map((file) => stat(file).then((s) => s.size, () => 0)));
}

/** The last lines each log got since `since` (from logSizes), for a message when the server fails to start. */
export async function logTail(instanceDir: string, since: number[], lines = 30): Promise<string> {
  const parts: string[] = [];
  for (const [i, file] of reportedLogs(instanceDir).entries()) {
    const content = await readFile(file).catch(() => Buffer.alloc(0));
    const offset = since[i] ?? 0;
    // A log shorter than before was rotated or replaced: all of it is new.
    const added = (offset <= content.length ? content.subarray(offset) : content).toString('utf8');
    const text = added.split('\n').filter((line) => line.trim()).slice(-lines).join('\n');
    if (text) parts.push(`--- ${file}\n${text}`);
  }
  return parts.join('\n') || '(the logs got no output)';
}
