import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/** What `npm start` runs once src/ is compiled (package.json: the build, then this file in one Node process). */
export const API_ENTRY = path.join(projectRoot, 'dist', 'cli', 'start.js');

/** `npm run build`: compiles src/ to dist/ when a source changed (tsc's build mode; about a second when nothing did). */
export function buildApi(): void {
  execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], { cwd: projectRoot, stdio: 'inherit' });
}

export interface ApiProcessOptions {
  neo4jUri: string;
  neo4jPassword: string;
  /** Shared with an in-process API of the same run, so that a cursor one gave the other accepts. */
  cursorSecret: string;
  /** Before the entry, e.g. ['--cpu-prof', '--cpu-prof-dir', dir]. */
  nodeArgs?: string[];
}

/**
 * Our API in a process of its own, started as `npm start` starts it (compiled, NODE_ENV=production)
 * over a graph someone else serves: no seed, its CPU time readable apart from the clients'.
 */
export function startApiProcess(options: ApiProcessOptions): Promise<ServerProcess> {
  buildApi();
  return startServerProcess({
    args: [...(options.nodeArgs ?? []), API_ENTRY],
    env: { NEO4J_URI: options.neo4jUri, NEO4J_PASSWORD: options.neo4jPassword, CURSOR_SECRET: options.cursorSecret, SEED_ON_START: 'false', LOG_LEVEL: 'warn' },
    ready: (url) => fetch(`${url}health/ready`).then((r) => r.status === 200, () => false),
  });
}
