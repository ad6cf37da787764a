import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../config/project-root.js';
import { LocalNeo4jError } from './local-neo4j-error.js';

export const neo4jPom = path.join(projectRoot, 'neo4j', 'pom.xml');

/** The Neo4j version pinned in neo4j/pom.xml: the one place it is written. */
export async function pinnedNeo4jVersion(): Promise<string> {
  const pom = await readFile(neo4jPom, 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new Error(`${neo4jPom} names no <neo4j.version>`);
  return version;
}

/**
 * The folder holding the pinned Neo4j's jars, fetched with Maven on first use. The fetch goes to
 * a temporary folder renamed into place when complete, so an interrupted fetch is never mistaken
 * for a finished one; later calls need no network.
 */
export async function ensureNeo4jJars(cacheDir: string, log: (line: string) => void): Promise<string> {
  const version = await pinnedNeo4jVersion();
  const libDir = path.join(cacheDir, 'lib', version);
  if (existsSync(path.join(libDir, '.complete'))) return libDir;

  const partial = `${libDir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  log(`Fetching Neo4j Community ${version} from Maven Central into ${libDir} (first run only, up to 150 MB)...`);
  let fetched = 0;
  let fetchedBytes = 0;
  let lastReport = Date.now();
  const output: string[] = [];
  const exitCode = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', neo4jPom, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    mvn.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new LocalNeo4jError('MAVEN_MISSING', 'Maven (mvn) is not installed. Install Maven 3 (e.g. apt-get install maven), or set NEO4J_URI to use a Neo4j you already run.')
          : error,
      ),
    );
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 40) output.shift();
        // Batch mode prints one line per finished file, e.g. "Downloaded from central: <url> (1.2 MB at 3 MB/s)".
        const download = /^\[INFO\] Downloaded from .*\((\d+(?:\.\d+)?) (B|kB|MB|GB) at /.exec(line);
        if (download) {
          fetched += 1;
          fetchedBytes += Number(download[1]) * UNIT_BYTES[download[2] as keyof typeof UNIT_BYTES];
          // A line every few seconds shows progress without listing ~800 files (most are tiny POMs).
          if (Date.now() - lastReport >= 3_000) {
            lastReport = Date.now();
            log(`  ... ${fetched} files, ${megabytes(fetchedBytes)} downloaded`);
          }
        }
      }
    };
    mvn.stdout.on('data', onLine);
    mvn.stderr.on('data', onLine);
    mvn.on('close', (code) => resolve(code ?? 1));
  });
  if (exitCode !== 0) {
    await rm(partial, { recursive: true, force: true });
    throw new LocalNeo4jError(
      'FETCH_FAILED',
      `Maven could not fetch Neo4j ${version} (exit code ${exitCode}). Check the network access to Maven Central, or set NEO4J_URI to use another Neo4j.\n` +
        `Last lines of Maven's output:\n${output.join('\n')}`,
    );
  }
  // Another process may have finished the same fetch meanwhile, and may already run from its jars.
  if (existsSync(path.join(libDir, '.complete'))) {
    await rm(partial, { recursive: true, force: true });
    return libDir;
  }
  await writeFile(path.join(partial, '.complete'), `${version}\n`);
  await rm(libDir, { recursive: true, force: true });
  await rename(partial, libDir);
  log(`Neo4j ${version} is in place (${fetched ? `${fetched} files, ${megabytes(fetchedBytes)} downloaded` : 'all from the local Maven repository'}).`);
  return libDir;
}

const UNIT_BYTES = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
