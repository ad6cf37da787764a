import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
  ];
  await writeFile(path.join(p.conf, 'neo4j.conf'), lines.join('\n') + '\n');
}

/** True before the first start: the admin tool may set the initial password only then. */
export function isNewInstance(instanceDir: string): boolean {
  return !existsSync(path.join(instancePaths(instanceDir).data, 'dbms'));
}

export function setInitialPassword(java: string, libDir: string, instanceDir: string, password: string): void {
  const p = instancePaths(instanceDir);
  const result = spawnSync(java, ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
    env: { ...process.env, NEO4J_HOME: instanceDir, NEO4J_CONF: p.conf },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Setting the initial Neo4j password failed:\n${result.stdout}${result.stderr}`);
}

export interface PidRecord {
  pid: number;
  boltPort: number;
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

/** The last lines of the instance's logs, for a message when the server fails to start. */
export async function logTail(instanceDir: string, lines = 30): Promise<string> {
  const p = instancePaths(instanceDir);
  const parts: string[] = [];
  for (const file of [p.consoleLog, p.neo4jLog]) {
    try {
      const text = (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
      if (text) parts.push(`--- ${file}\n${text}`);
    } catch {
      // a log that was never written has nothing to show
    }
  }
  return parts.join('\n') || '(no log output)';
}
