import { namedQuery, type NamedQuery } from '../../src/database/named-query.js';
import { migrate } from '../../src/database/migrations.js';
import { loadSeedIntoGraph, type GraphSummary } from '../../src/ingestion/load-seed.js';
import { seedWrites } from '../../src/ingestion/seed-writes.js';
import type { BenchGraph } from '../bench-neo4j.js';
import { benchQuery } from '../bench-query.js';
import { CLAIMS_PER_CHUNK, GENERATOR_VERSION, planFor, syntheticChunks, syntheticEntities, syntheticWorks, type SyntheticPlan } from './synthetic-rows.js';

// The seed loader's own write queries: the synthetic graph has the shape the loader writes, by construction.
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
    await graph.driver.executeQuery(deleteGraph.text, {}, { database: 'neo4j' });
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
  await writeInBatches(graph, seedWrites.entities, entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases })), ROWS_PER_TRANSACTION);
  await writeInBatches(graph, seedWrites.sources, syntheticWorks(plan), ROWS_PER_TRANSACTION);
  let written = 0;
  for (const chunk of syntheticChunks(plan, entities)) {
    await writeInBatches(graph, seedWrites.measures, chunk.measures, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, seedWrites.sources, chunk.documents, DOCUMENTS_PER_TRANSACTION);
    await writeInBatches(graph, seedWrites.cites, chunk.cites, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, seedWrites.claims, chunk.claims, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, seedWrites.claimLinks, chunk.claims.filter((c) => c.corroboratedByIds.length > 0), ROWS_PER_TRANSACTION);
    await writeInBatches(graph, seedWrites.citations, chunk.citations, ROWS_PER_TRANSACTION);
    await writeInBatches(graph, seedWrites.conflicts, chunk.conflicts, ROWS_PER_TRANSACTION);
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

async function writeInBatches<Row>(graph: BenchGraph, query: NamedQuery<{ rows: Row[] }, never>, rows: Row[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await graph.runner.write(query, { rows: rows.slice(i, i + size) });
}
