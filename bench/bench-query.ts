import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/project-root.js';
import type { NamedQuery } from '../src/database/named-query.js';

/** A Cypher query of the benchmark, kept in `bench/cypher/<area>/<name>.cypher` like the project's own. */
export function benchQuery<Params, Row>(name: string): NamedQuery<Params, Row> {
  const text = readFileSync(path.join(projectRoot, 'bench', 'cypher', `${name}.cypher`), 'utf8').trim();
  return { name: `bench/${name}`, text };
}
