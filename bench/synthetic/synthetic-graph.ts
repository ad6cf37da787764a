import { curationQueries as q } from '../../src/curation/curation-queries.js';
import { contributorMarks } from '../../src/curation/contributors.js';
import type { ConflictNode } from '../../src/curation/graph-rows.js';
import { namedQuery, type NamedQuery } from '../../src/database/named-query.js';
import { migrate } from '../../src/database/migrations.js';
import { loadSeedIntoGraph, type GraphSummary } from '../../src/ingestion/load-seed.js';
import type { BenchGraph } from '../bench-neo4j.js';
import { benchQuery } from '../bench-query.js';
import { CLAIMS_PER_CHUNK, GENERATOR_VERSION, planFor, syntheticChunks, syntheticEntities, syntheticWorks, type SyntheticPlan } from './synthetic-rows.js';

// The synthetic claims are written by the write side's own queries (cypher/curation/, as the seed
// loader and the curators write), so the graph has the shape they write, by construction.
const graphSummary = namedQuery<Record<string, never>, GraphSummary>('seed/graph-summary');

const readMarker = benchQuery<Record<string, never>, { size: string; claims: number; generatorVersion: number; stats: string }>('synthetic/read-marker');
const writeMarker = benchQuery<{ size: string; claims: number; generatorVersion: number; stats: string }, never>('synthetic/write-marker');
const deleteGraph = benchQuery<Record<string, never>, never>('synthetic/delete-graph');

/** Rows per write transaction; documents carry their full text, so they go in smaller batches. */
const ROWS_PER_TRANSACTION = 10_000;
const DOCUMENTS_PER_TRANSACTION = 1_000;

export interface BenchGraphSize {
  /** As given on the command line: corpus, 10k, 100k, 1m. */
  label: string;
  /** Claims in the whole graph, the corpus's included; 0 for the corpus alone. */
  claims: number;
}

/** What a generated graph holds, recorded in its marker and in the results. */
export interface GraphStats {
  summary: GraphSummary;
  plan: SyntheticPlan;
  generationSeconds: number;
}

export function parseSize(label: string): BenchGraphSize {
  const normalized = label.trim().toLowerCase();
  if (normalized === 'corpus') return { label: normalized, claims: 0 };
  const match = /^(\d+(?:\.\d+)?)([km]?)$/.exec(normalized);
  if (!match) throw new Error(`"${label}" is not a graph size: use corpus, or a number of claims such as 10000, 10k, 1m`);
  const claims = Math.round(Number(match[1]) * (match[2] === 'm' ? 1_000_000 : match[2] === 'k' ? 1_000 : 1));
  if (claims < 1) throw new Error(`"${label}": a graph needs at least one claim`);
  return { label: normalized, claims };
}

/**
 * Makes sure the bench database holds the graph of this size: kept as it is when its marker says
 * so, else emptied and written anew (the real corpus through the seed loader, then the synthetic
 * claims in chunks), the marker last.
 */
export async function ensureBenchGraph(graph: BenchGraph, size: BenchGraphSize, log: (line: string) => void): Promise<GraphStats> {
  await migrate(graph.runner, log);
  // A migration's new index is built in the background: measuring before it is online would time its build.
  await graph.driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: 'neo4j' });
  const [marker] = await graph.runner.read(readMarker, {});
  if (marker && marker.size === size.label && marker.generatorVersion === GENERATOR_VERSION) {
    log(`The ${size.label} graph is already in ${graph.instanceDir}: kept`);
    return JSON.parse(marker.stats) as GraphStats;
  }
  const started = Date.now();
  if (marker || (await graph.runner.read(graphSummary, {}))[0]?.claims) {
    log(`Emptying the database (it holds ${marker ? `the ${marker.size} graph of generator ${marker.generatorVersion}` : 'an incomplete graph'})`);
    // CALL { ... } IN TRANSACTIONS runs only in an auto-commit transaction (executeQuery opens an explicit one).
    const session = graph.driver.session({ database: 'neo4j' });
    try {
      await session.run(deleteGraph.text);
    } finally {
      await session.close();
    }
  }
  log('Loading the real corpus through the seed loader');
  const corpus = await loadSeedIntoGraph(graph.runner);
  const synthetic = Math.max(0, size.claims - (corpus?.claims ?? 0));
  const plan = planFor(synthetic);
  if (synthetic > 0) await writeSynthetic(graph, size.label, plan, log);
  await graph.driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: 'neo4j' });
  const [summary] = await graph.runner.read(graphSummary, {});
  const stats: GraphStats = { summary: summary!, plan, generationSeconds: Math.round((Date.now() - started) / 1000) };
  await graph.runner.write(writeMarker, { size: size.label, claims: size.claims, generatorVersion: GENERATOR_VERSION, stats: JSON.stringify(stats) });
  log(`The ${size.label} graph is complete: ${summary!.claims} claims, ${summary!.citations} citations, ${summary!.sources} sources, ${summary!.conflicts} conflicts (${stats.generationSeconds} s)`);
  return stats;
}

async function writeSynthetic(graph: BenchGraph, label: string, plan: SyntheticPlan, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const say = (line: string) => log(`[${label}] ${line}`);
  const entities = syntheticEntities(plan);
  say(`${plan.claims.toLocaleString('en-US')} synthetic claims to write in chunks of ${CLAIMS_PER_CHUNK.toLocaleString('en-US')}; first ${entities.length.toLocaleString('en-US')} entities and ${plan.works.toLocaleString('en-US')} cited works`);
  const origin = 'seed' as const;
  await writeInBatches(graph, q.writeEntities, { rows: entities.map(({ id, name, type, aliases, partOfId }) => ({ id, name, type, aliases, partOfId })), origin }, ROWS_PER_TRANSACTION);
  await writeInBatches(graph, q.writeSources, { rows: syntheticWorks(plan), origin }, ROWS_PER_TRANSACTION);
  let written = 0;
  for (const chunk of syntheticChunks(plan, entities)) {
    // In the write side's order (graph-writer's writeGraph, then reassess's writes).
    await writeInBatches(graph, q.writeMeasures, { rows: chunk.measures, origin }, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, q.writeSources, { rows: chunk.documents, origin }, DOCUMENTS_PER_TRANSACTION);
    await writeInBatches(graph, q.writeCites, { rows: chunk.cites, origin }, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, q.writeClaims, { rows: chunk.claims }, ROWS_PER_TRANSACTION);
    // No synthetic claim is derived: linking derivations would only look for stale links on new claims.
    await writeInBatches(graph, q.linkDerivations, { rows: chunk.claims.filter((c) => c.derivedFromIds.length > 0) }, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, q.writeCitations, { rows: chunk.citations }, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, q.markContributors, contributorMarks({ entities: [], measures: chunk.measures, claims: chunk.claims }), ROWS_PER_TRANSACTION);
    await writeInBatches(graph, q.writeSupport, { rows: chunk.support }, ROWS_PER_TRANSACTION);
    for (const batch of conflictBatches(chunk.measures.map((m) => m.id), chunk.conflicts, ROWS_PER_TRANSACTION)) await writeOnce(graph, q.writeConflicts, batch);
    written += chunk.claims.length;
    const seconds = (Date.now() - started) / 1000;
    const eta = (seconds / written) * (plan.claims - written);
    say(
      `${written.toLocaleString('en-US')}/${plan.claims.toLocaleString('en-US')} claims (${Math.floor((100 * written) / plan.claims)}%), ` +
        `chunk: ${chunk.citations.length} citations, ${chunk.documents.length} documents, ${chunk.conflicts.length} conflicts; ` +
        `${seconds.toFixed(0)} s, ${Math.round(written / seconds)} claims/s, about ${eta.toFixed(0)} s to go`,
    );
  }
}

/** Runs a write query over its rows `size` at a time, with the query's other parameters on every batch. */
async function writeInBatches<Row, Params extends { rows: Row[] }>(graph: BenchGraph, query: NamedQuery<Params, unknown>, params: Params, size: number): Promise<void> {
  for (let i = 0; i < params.rows.length; i += size) await writeOnce(graph, query, { ...params, rows: params.rows.slice(i, i + size) });
}

/**
 * One batch in its own write transaction, not bounded by the runner's query timeout (a request's
 * limit): like the seed's load, a batch of thousands of rows may take longer on a busy machine.
 */
async function writeOnce<Params>(graph: BenchGraph, query: NamedQuery<Params, unknown>, params: Params): Promise<void> {
  await graph.runner.writeTransaction((tx) => tx.run(query, params));
}

/**
 * The chunk's conflicts in batches of whole measures: write-conflicts removes the groups of its
 * measureIds that its rows do not hold, so each batch names exactly the measures whose groups it carries.
 */
function* conflictBatches(measureIds: string[], conflicts: ConflictNode[], size: number): Generator<{ measureIds: string[]; rows: ConflictNode[] }> {
  const byMeasure = new Map<string, ConflictNode[]>(measureIds.map((id) => [id, []]));
  for (const c of conflicts) byMeasure.get(c.measureId)?.push(c);
  let batch: { measureIds: string[]; rows: ConflictNode[] } = { measureIds: [], rows: [] };
  for (const [measureId, rows] of byMeasure) {
    if (batch.measureIds.length > 0 && batch.rows.length + rows.length > size) {
      yield batch;
      batch = { measureIds: [], rows: [] };
    }
    batch.measureIds.push(measureId);
    batch.rows.push(...rows);
  }
  if (batch.measureIds.length > 0) yield batch;
}
