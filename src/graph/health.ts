import { DatabaseError } from '../database/database-errors.js';
import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';

const serverInfo = namedQuery<Record<string, never>, { version: string; schemaVersion: number }>('health/server-info');
const labelCounts = namedQuery<Record<string, never>, Record<GraphLabel, number>>('health/label-counts');

export const GRAPH_LABELS = ['Source', 'Claim', 'Citation', 'Entity', 'Measure'] as const;
export type GraphLabel = (typeof GRAPH_LABELS)[number];

export type Health = { database: true; neo4jVersion: string; schemaVersion: number } | { database: false; neo4jVersion: null; schemaVersion: null };

/** Whether Neo4j answers; an unreachable database is an answer here (database: false), not an error. */
export async function readHealth(runner: QueryRunner): Promise<Health> {
  try {
    const [row] = await runner.read(serverInfo, {});
    return { database: true, neo4jVersion: row?.version ?? 'unknown', schemaVersion: row?.schemaVersion ?? 0 };
  } catch (error) {
    if (error instanceof DatabaseError && error.code === 'DATABASE_UNAVAILABLE') return { database: false, neo4jVersion: null, schemaVersion: null };
    throw error;
  }
}

export async function countNodesByLabel(runner: QueryRunner): Promise<{ label: GraphLabel; count: number }[]> {
  const [row] = await runner.read(labelCounts, {});
  return GRAPH_LABELS.map((label) => ({ label, count: row?.[label] ?? 0 }));
}
