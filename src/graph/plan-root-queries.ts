import type { Logger } from 'pino';
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
  // Pledges and verification are planned last: before them, they held up the claims page (start.int.test.ts's Ctrl-C case).
  await pagePledges(runner, none, 1, '', 1, around);
  await readSource(runner, loaders, none, ROOTS_ONLY);
  for (const target of [{ sourceId: none }, { citationId: none }]) await verifyStoredCitations(runner, target, { loaders, select: ROOTS_ONLY });
}

/**
 * Planning counts in a query's transaction timeout, and a plan whose transaction timed out is not
 * kept: on a slow machine a cold plan can take longer than QUERY_TIMEOUT_MS, so planning ahead
 * with that timeout would never finish. The first cold plan took 20 s here at a load of 10.
 */
export const PLAN_AHEAD_TIMEOUT_MS = 180_000;

/**
 * Plans the root queries in the background when the API starts and again each time Neo4j answers
 * after an outage (a restarted Neo4j has an empty plan cache), and tells readiness whether the
 * latest round has finished. A round that fails still finishes: the first requests then plan.
 */
export class RootQueryPlanning {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly runner: QueryRunner,
    private readonly log: Pick<Logger, 'info' | 'warn'> | undefined,
  ) {}

  /** Starts now, and again whenever the runner's database comes back from an outage. */
  start(): void {
    this.runner.availability.onRecovery(() => this.plan());
    this.plan();
  }

  /** Whether no round is running or waiting: readiness waits for this. */
  get finished(): boolean {
    return this.running === undefined;
  }

  /** No new rounds; the one running fails quietly when the connection closes. */
  stop(): void {
    this.stopped = true;
  }

  private plan(): void {
    if (this.stopped) return;
    // A round under way when Neo4j came back planned on the old server, or failed: run another.
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rounds().finally(() => (this.running = undefined));
  }

  private async rounds(): Promise<void> {
    const runner = this.runner.withTimeout(PLAN_AHEAD_TIMEOUT_MS);
    do {
      this.again = false;
      const started = performance.now();
      try {
        await planRootQueries(runner);
        this.log?.info(`Planned the root queries ahead in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      } catch (error) {
        if (!this.again && !this.stopped) this.log?.warn({ err: error }, 'Planning the root queries ahead failed; the first requests plan them.');
      }
    } while (this.again && !this.stopped);
  }
}
