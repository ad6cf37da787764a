import type { QueryRunner } from '../database/query-runner.js';
import type { CursorCodec } from '../graph/cursor.js';
import { createGraphLoaders, type GraphLoaders } from '../graph/graph-loaders.js';

/** What every resolver gets: the query runner, the server's cursor codec and this request's batch loaders. */
export interface GraphContext {
  runner: QueryRunner;
  cursors: CursorCodec;
  loaders: GraphLoaders;
}

export function createContext(runner: QueryRunner, cursors: CursorCodec): GraphContext {
  return { runner, cursors, loaders: createGraphLoaders(runner) };
}
