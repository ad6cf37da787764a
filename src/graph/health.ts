import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';

const serverInfo = namedQuery<Record<string, never>, { version: string; schemaVersion: number }>('health/server-info');
const labelCounts = namedQuery<Record<string, never>, Record<GraphLabel, number>>('health/label-counts');

export const GRAPH_LABELS = ['Source', 'Claim', 'Citation', 'Entity', 'Measure'] as const;
export type GraphLabel = (typeof GRAPH_LABELS)[number];

export interface Health {
  database: boolean;
  neo4jVersion: string;
  schemaVersion: number;
}

export async function readHealth(runner: QueryRunner): Promise<Health> {
  const [row] = await runner.read(serverInfo, {});
  return { database: true, neo4jVersion: row?.version ?? 'unknown', schemaVersion: row?.schemaVersion ?? 0 };
}

export async function countNodesByLabel(runner: QueryRunner): Promise<{ label: GraphLabel; count: number }[]> {
  const [row] = await runner.read(labelCounts, {});
  return GRAPH_LABELS.map((label) => ({ label, count: row?.[label] ?? 0 }));
}
