import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.js';

/** Neo4j 5.26 runs on Java 17 or 21. */
const MINIMUM_JAVA = 17;

/** The java command to run (JAVA_HOME's when set), after checking that it is new enough. */
export function findJava(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `Java was not found (${java}). Install a Java 17 or 21 runtime (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use a Neo4j you already run.`,
    );
  }
  // `java -version` prints e.g. `openjdk version "17.0.15"`, or `"1.8.0_402"` for Java 8 and older.
  const version = /version "([^"]+)"/.exec(probe.stderr + probe.stdout)?.[1];
  const [first, second] = (version ?? '').split(/[.+_-]/).map(Number);
  const major = first === 1 ? second : first;
  if (major === undefined || !(major >= MINIMUM_JAVA)) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java ${MINIMUM_JAVA} or 21, but ${java} is version ${version ?? 'unknown'}. Install Java 17 and put it first on PATH or in JAVA_HOME.`,
    );
  }
  return java;
}
