import { DatabaseError } from './database-errors.js';
import { namedQuery } from './named-query.js';
import type { QueryRunner } from './query-runner.js';

const prepareForReplanning = namedQuery<Record<string, never>, never>('schema/prepare-for-replanning');

/**
 * Brings Neo4j's index statistics up to date after a bulk write and drops the plans made before it
 * (cypher/schema/prepare-for-replanning). Neo4j resamples in the background on its own, but not
 * always before the next query is planned, and keeps that plan. The write has committed by now,
 * so a failure (a user without the privilege, say) is told, not thrown: the graph is complete and
 * only its plans may be slow until Neo4j resamples by itself.
 */
export async function refreshPlannerStatistics(runner: QueryRunner, log: (line: string) => void): Promise<void> {
  try {
    await runner.runSchema(prepareForReplanning.text);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    log(`Warning: Neo4j's index statistics were not refreshed after the write (${error.message}); queries may be planned from stale ones until Neo4j resamples its indexes`);
  }
}
