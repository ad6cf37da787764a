import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/project-root.js';

/**
 * A Cypher query kept in `cypher/<area>/<name>.cypher`, with the type of its parameters and of one
 * result row. The types are written by hand beside each use: the file is the query, the pair is
 * its contract.
 */
export interface NamedQuery<Params, Row> {
  readonly name: string;
  readonly text: string;
  /** Phantom fields: never set, they carry the type pair to the runner. */
  readonly __params?: Params;
  readonly __row?: Row;
}

export const cypherDir = path.join(projectRoot, 'cypher');

/**
 * Loads a query file once, at import time, so a missing file fails at start-up, not mid-request.
 * `dir` is another folder of named queries (the benchmark's); `prefix` marks their names as theirs.
 */
export function namedQuery<Params, Row>(name: string, dir = cypherDir, prefix = ''): NamedQuery<Params, Row> {
  const text = readFileSync(path.join(dir, `${name}.cypher`), 'utf8').trim();
  return { name: `${prefix}${name}`, text };
}
