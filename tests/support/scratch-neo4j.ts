import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { stopLocalNeo4j } from '../../src/database/local-neo4j/index.js';

/**
 * Folders for Neo4j instances a test file starts, stops and kills itself, beside the shared test
 * server: each is stopped and removed when the file ends.
 */
export function useScratchInstances(): () => Promise<string> {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const dir of scratch) {
      await stopLocalNeo4j({ instanceDir: dir });
      await rm(dir, { recursive: true, force: true });
    }
  });
  return async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-neo4j-'));
    scratch.push(dir);
    return dir;
  };
}
