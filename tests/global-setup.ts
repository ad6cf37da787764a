import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../src/config/port-probe.js';
import { projectRoot } from '../src/config/project-root.js';
import { startLocalNeo4j } from '../src/database/local-neo4j/index.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  via: 'NEO4J_URI' | 'testcontainers' | 'local';
  /** The local instance's folder, when the tests started the project's own Neo4j. */
  instanceDir?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Provides one real Neo4j to every test file: the one NEO4J_URI names; else a testcontainers
 * Neo4j 5.26 where a Docker engine answers; else the project's own local server on a free port,
 * with a generated password, removed afterwards.
 */
export const testCacheDir = path.join(projectRoot, '.neo4j');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      via: 'NEO4J_URI',
    });
    return async () => undefined;
  }
  const password = randomBytes(12).toString('base64url');
  const container = await startContainerIfDockerRuns(password);
  if (container) {
    project.provide('neo4j', { uri: container.uri, user: 'neo4j', password, database: 'neo4j', via: 'testcontainers' });
    return container.stop;
  }
  const instanceDir = path.join(projectRoot, '.neo4j', 'instances', `test-${process.pid}`);
  const server = await startLocalNeo4j({
    cacheDir: testCacheDir,
    instanceDir,
    boltPort: await freePort(),
    password,
    detached: false,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  console.log(`[neo4j] tests use the project's local Neo4j at ${server.uri}`);
  project.provide('neo4j', { uri: server.uri, user: 'neo4j', password, database: 'neo4j', via: 'local', instanceDir });
  return async () => {
    await server.stop();
    await rm(instanceDir, { recursive: true, force: true });
  };
}

async function startContainerIfDockerRuns(password: string): Promise<{ uri: string; stop: () => Promise<void> } | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
  return { uri: container.getBoltUri(), stop: async () => void (await container.stop()) };
}

export { freePort };
