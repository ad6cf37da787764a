import type { QueryRunner } from '../database/query-runner.js';
import { createGraphLoaders, type GraphLoaders } from '../graph/graph-loaders.js';

/** What every resolver gets: the query runner and this request's batch loaders. */
export interface GraphContext {
  runner: QueryRunner;
  loaders: GraphLoaders;
}

export function createContext(runner: QueryRunner): GraphContext {
  return { runner, loaders: createGraphLoaders(runner) };
}
