import type { QueryRunner } from '../database/query-runner.js';
import { pageClaimIds } from './claim-pages.js';
import { createGraphLoaders } from './graph-loaders.js';
import { pageConflictIds, pageEntityIds } from './list-pages.js';
import { readClaim, readMeasure } from './root-records.js';
import { ROOTS_ONLY } from './selected-records.js';

/**
 * Has Neo4j plan the root queries ahead of the requests. A root query reads a whole selection, and
 * planning one took 2.7-4.3 s on this machine under a load average of 15-19 (a by-ids query: 0.3 s):
 * requests arriving at once on a cold server would each plan it, and could run out of
 * QUERY_TIMEOUT_MS. Neo4j keeps a plan per query text and parameter types; the list queries take
 * their filters as one map (see claims/claim-page), so each query runs once, matching nothing,
 * whichever filters requests give.
 */
export async function planRootQueries(runner: QueryRunner): Promise<void> {
  const loaders = createGraphLoaders(runner);
  const around = { loaders, select: ROOTS_ONLY, shown: 0 };
  // An id and a word no node has.
  const none = 'zzplanningzz';
  await readClaim(runner, loaders, none, ROOTS_ONLY);
  await readMeasure(runner, loaders, none, ROOTS_ONLY);
  await pageConflictIds(runner, { measure: none, kind: null, severity: null }, '', 1, around);
  // The filtered page and the one read in order from an index are two queries.
  await pageClaimIds(runner, { subject: none }, 'TIME_ASC', 1, undefined, around);
  await pageClaimIds(runner, {}, 'TIME_ASC', 1, undefined, around);
  await pageEntityIds(runner, none, null, '', 1, around);
}
