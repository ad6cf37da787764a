import type { QueryRunner } from '../database/query-runner.js';
import { pageClaimIds } from './claim-pages.js';
import { createGraphLoaders } from './graph-loaders.js';
import { pageConflictIds, pageEntityIds } from './list-pages.js';
import { pagePledges } from './pledges.js';
import { readClaim, readMeasure, readSource } from './root-records.js';
import { ROOTS_ONLY } from './selected-records.js';
import { verifyStoredCitations } from './verification.js';

/**
 * Has Neo4j plan the root queries ahead of the requests. A root query reads a whole selection, and
 * planning one took 2.7-4.3 s on this machine under a load average of 15-19 (a by-ids query: 0.3 s):
 * requests arriving at once on a cold server would each plan it, and could run out of
 * QUERY_TIMEOUT_MS. Neo4j keeps a plan per query text and parameter types, so each query runs once
 * with the types the common requests send (a filter given or null), matching nothing.
 */
export async function planRootQueries(runner: QueryRunner): Promise<void> {
  const loaders = createGraphLoaders(runner);
  const around = { loaders, select: ROOTS_ONLY, shown: 0 };
  // An id and a word no node has.
  const none = 'zzplanningzz';
  await readClaim(runner, loaders, none, ROOTS_ONLY);
  await readMeasure(runner, loaders, none, ROOTS_ONLY);
  for (const measure of [none, null]) await pageConflictIds(runner, { measure, kind: null, severity: null }, '', 1, around);
  for (const filter of [{ source: none }, { subject: none }, { text: none }, {}]) await pageClaimIds(runner, filter, 'TIME_ASC', 1, undefined, around);
  for (const search of [none, null]) await pageEntityIds(runner, search, null, '', 1, around);
  for (const contributor of [none, null]) await pagePledges(runner, contributor, 1, '', 1, around);
  await readSource(runner, loaders, none, ROOTS_ONLY);
  for (const target of [{ sourceId: none }, { citationId: none }]) await verifyStoredCitations(runner, target, { loaders, select: ROOTS_ONLY });
}
