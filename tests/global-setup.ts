import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../src/config/port-probe.js';
import { projectRoot } from '../src/config/project-root.js';
import { startLocalNeo4j } from '../src/database/local-neo4j/index.js';

const env = process.env;

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
 * Neo4j 5.26 (NEO4J_TEST_IMAGE, official neo4j:5.26-community by default) where a Docker engine
 * answers; else the project's own local server on a free port, with a generated password, removed
 * afterwards. NEO4J_TEST_VIA=testcontainers or local insists on one of the two, so that CI fails
 * rather than quietly testing the other.
 */
export const testCacheDir = path.join(projectRoot, '.neo4j');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
  const via = env.NEO4J_TEST_VIA;
  if (via !== undefined && via !== 'testcontainers' && via !== 'local') {
    throw new Error(`NEO4J_TEST_VIA must be testcontainers or local, not "${via}"`);
  }
  const password = randomBytes(12).toString('base64url');
  const container = via === 'local' ? undefined : await startContainerIfDockerRuns(password, via === 'testcontainers');
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

async function startContainerIfDockerRuns(password: string, required: boolean): Promise<{ uri: string; stop: () => Promise<void> } | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch (error) {
    if (!required) return undefined;
    throw new Error(
      `NEO4J_TEST_VIA=testcontainers, but no Docker engine answers at ${env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const image = env.NEO4J_TEST_IMAGE ?? 'neo4j:5.26-community';
  // testcontainers publishes on every interface; ours go to 127.0.0.1 only, and the tests talk to
  // them there (not to the host testcontainers guesses, e.g. the bridge's gateway inside a container).
  class LoopbackNeo4jContainer extends Neo4jContainer {
    override async start() {
      const portBindings = (this.hostConfig.PortBindings ?? {}) as Record<string, Array<{ HostIp?: string }>>;
      for (const bindings of Object.values(portBindings)) {
        for (const binding of bindings) binding.HostIp = '127.0.0.1';
      }
      return super.start();
    }
  }
  console.log(`[neo4j] starting a testcontainers Neo4j from ${image} ...`);
  const container = await new LoopbackNeo4jContainer(image).withPassword(password).start();
  const uri = `bolt://127.0.0.1:${container.getMappedPort(7687)}`;
  console.log(`[neo4j] tests use a testcontainers Neo4j (${image}) at ${uri}`);
  return { uri, stop: async () => void (await container.stop()) };
}

export { freePort };
