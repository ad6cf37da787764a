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
  log(`Fetching Neo4j Community ${version} from Maven Central into ${libDir} (first run only, about 125 MB)...`);
  let fetched = 0;
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
        if (/^\[INFO\] Downloaded from /.test(line)) {
          fetched += 1;
          if (fetched % 25 === 0) log(`  ... ${fetched} files downloaded`);
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
  await writeFile(path.join(partial, '.complete'), `${version}\n`);
  await rm(libDir, { recursive: true, force: true });
  await rename(partial, libDir);
  log(`Neo4j ${version} fetched (${fetched} files downloaded; the rest came from the local Maven cache).`);
  return libDir;
}
