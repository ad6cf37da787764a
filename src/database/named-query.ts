import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/project-root.js';
import { cypherForWire } from './cypher-text.js';

/**
 * A Cypher query kept in `cypher/<area>/<name>.cypher`, with the type of its parameters and of one
 * result row. The types are written by hand beside each use: the file is the query, the pair is
 * its contract.
 */
export interface NamedQuery<Params, Row> {
  readonly name: string;
  readonly text: string;
  /** Turns a row, once plain (neo4j-values.ts), into the row type, where the query returns records as lists of values. */
  readonly decode?: (row: Record<string, unknown>) => Row;
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
  return { name: `${prefix}${name}`, text: queryText(dir, `${name}.cypher`) };
}

/** A named query whose rows `decode` turns into the row type (records that come as lists of values: src/graph/record-values.ts). */
export function decodedQuery<Params, Row>(name: string, decode: (row: Record<string, unknown>) => Row): NamedQuery<Params, Row> {
  return { ...namedQuery<Params, Row>(name), decode };
}

/** A line `// include: <area>/<name>` stands for the file `cypher/<area>/<name>.part.cypher`. */
const INCLUDE = /^[ \t]*\/\/ include: ([\w/-]+)[ \t]*$/gm;

/**
 * A query file's text with its parts spliced in, as sent to Neo4j (without comments: see
 * cypher-text.ts). The shape of a node kind's record is written once
 * (`claims/claim-record.part.cypher`) and read by every query that returns such records. The text
 * comes from files alone, so each query's text stays the same and Neo4j reuses its plan.
 */
export function queryText(dir: string, file: string): string {
  return cypherForWire(spliced(dir, file, []));
}

function spliced(dir: string, file: string, including: string[]): string {
  if (including.includes(file)) throw new Error(`${file} includes itself (${including.join(' > ')})`);
  const text = readFileSync(path.join(dir, file), 'utf8');
  return text.replace(INCLUDE, (_, part: string) => spliced(dir, `${part}.part.cypher`, [...including, file]));
}
