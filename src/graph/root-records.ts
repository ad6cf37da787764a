import type { QueryRunner } from '../database/query-runner.js';
import type { GraphLoaders } from './graph-loaders.js';
import type { ClaimRecord, MeasureRecord, SourceRecord } from './records.js';
import { primeLoaders, rootQuery, type RecordSelection, type SelectedRecords } from './selected-records.js';

// One query for the three kinds: one plan serves them (cypher/graph/root-by-id).
const rootById = rootQuery<{ kind: 'claim' | 'measure' | 'source'; id: string; select: RecordSelection }, { citationIds: string[]; records: SelectedRecords }>(
  'graph/root-by-id',
);

/** One claim by id, and what `select` asks around it, in one round trip; null for an unknown id. */
export async function readClaim(runner: QueryRunner, loaders: GraphLoaders, id: string, select: RecordSelection): Promise<ClaimRecord | null> {
  const records = await readSelected(runner, loaders, { kind: 'claim', id, select });
  return records?.claims.find((c) => c.id === id) ?? null;
}

/** One measure by id, and what `select` asks around it, in one round trip; null for an unknown id. */
export async function readMeasure(runner: QueryRunner, loaders: GraphLoaders, id: string, select: RecordSelection): Promise<MeasureRecord | null> {
  const records = await readSelected(runner, loaders, { kind: 'measure', id, select });
  return records?.measures.find((m) => m.id === id) ?? null;
}

/**
 * One source by id, its first `select.sourceCitations` citations (for Source.citations of that size)
 * and what `select` asks around them, in one round trip; null for an unknown id.
 */
export async function readSource(runner: QueryRunner, loaders: GraphLoaders, id: string, select: RecordSelection): Promise<SourceRecord | null> {
  const [row] = await runner.read(rootById, { kind: 'source', id, select });
  const source = row?.records.sources.find((s) => s.id === id) ?? null;
  if (!row || !source) return null;
  primeLoaders(loaders, row.records);
  if (select.sourceCitations > 0) loaders.citationIdsOfSource.prime({ id, first: select.sourceCitations }, row.citationIds);
  return source;
}

async function readSelected(runner: QueryRunner, loaders: GraphLoaders, params: { kind: 'claim' | 'measure'; id: string; select: RecordSelection }) {
  const [row] = await runner.read(rootById, params);
  if (row) primeLoaders(loaders, row.records);
  return row?.records;
}
