import path from 'node:path';
import { projectRoot } from '../src/config/project-root.js';
import { namedQuery, type NamedQuery } from '../src/database/named-query.js';

/** A Cypher query of the benchmark, kept in `bench/cypher/<area>/<name>.cypher` like the project's own. */
export function benchQuery<Params, Row>(name: string): NamedQuery<Params, Row> {
  return namedQuery(name, path.join(projectRoot, 'bench', 'cypher'), 'bench/');
}
