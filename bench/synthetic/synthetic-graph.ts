import { isRetriableError } from 'neo4j-driver';
import { writeGraph } from '../../src/curation/graph-writer.js';
import type { GraphWrite } from '../../src/curation/graph-rows.js';
import { writeAssessment } from '../../src/curation/reassess.js';
import { DatabaseError } from '../../src/database/database-errors.js';
import { namedQuery } from '../../src/database/named-query.js';
import { migrate } from '../../src/database/migrations.js';
import { refreshPlannerStatistics } from '../../src/database/planner-statistics.js';
import { loadSeedIntoGraph, type GraphSummary } from '../../src/ingestion/load-seed.js';
import type { BenchGraph } from '../bench-neo4j.js';
import { benchQuery } from '../bench-query.js';
import { CLAIMS_PER_CHUNK, GENERATOR_VERSION, planFor, syntheticChunks, syntheticEntities, syntheticWorks, type SyntheticChunk, type SyntheticPlan } from './synthetic-rows.js';

// The synthetic claims are written through the write side (writeGraph and writeAssessment, as the
// seed loader and the curators write), so the graph has the shape they write, by construction.
const graphSummary = namedQuery<Record<string, never>, GraphSummary>('seed/graph-summary');

const readMarker = benchQuery<Record<string, never>, { size: string; claims: number; generatorVersion: number; stats: string }>('synthetic/read-marker');
const writeMarker = benchQuery<{ size: string; claims: number; generatorVersion: number; stats: string }, never>('synthetic/write-marker');
const deleteGraph = benchQuery<Record<string, never>, never>('synthetic/delete-graph');

/** Entities or cited works per write transaction, before the claims. */
const ROWS_PER_TRANSACTION = 10_000;

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
  /** Of which writing the synthetic claims (after the migrations and the corpus). */
  syntheticSeconds?: number;
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
export async function ensureBenchGraph(graph: BenchGraph, size: BenchGraphSize, log: (line: string) => void, writing = SYNTHETIC_WRITING): Promise<GraphStats> {
  await migrate(graph.runner, log);
  // A migration's new index is built in the background: measuring before it is online would time its build.
  await graph.driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: 'neo4j' });
  const [marker] = await graph.runner.read(readMarker, {});
  if (marker && marker.size === size.label && marker.generatorVersion === GENERATOR_VERSION) {
    log(`The ${size.label} graph is already in ${graph.instanceDir}: kept`);
    // A server stopped before its own resampling had caught up with the generator starts with its samples.
    await refreshPlannerStatistics(graph.runner, log);
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
  const syntheticStarted = Date.now();
  if (synthetic > 0) await writeSynthetic(graph, size.label, plan, log, writing);
  const syntheticSeconds = (Date.now() - syntheticStarted) / 1000;
  await graph.driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: 'neo4j' });
  // Else a plan made from the samples of the smaller graph can read whole indexes for the rest of the run.
  await refreshPlannerStatistics(graph.runner, log);
  const [summary] = await graph.runner.read(graphSummary, {});
  const stats: GraphStats = { summary: summary!, plan, generationSeconds: Math.round((Date.now() - started) / 1000), syntheticSeconds };
  await graph.runner.write(writeMarker, { size: size.label, claims: size.claims, generatorVersion: GENERATOR_VERSION, stats: JSON.stringify(stats) });
  log(`The ${size.label} graph is complete: ${summary!.claims} claims, ${summary!.citations} citations, ${summary!.sources} sources, ${summary!.conflicts} conflicts (${stats.generationSeconds} s)`);
  return stats;
}

/**
 * How the synthetic claims are written: claims per write transaction (a chunk of the generator, with
 * its measures, documents, citations and assessment) and transactions in flight at once, as chosen
 * by measurement (docs/benchmarks.md, "Writes").
 */
export interface SyntheticWriting {
  claimsPerTransaction: number;
  parallel: number;
}
export const SYNTHETIC_WRITING: SyntheticWriting = { claimsPerTransaction: CLAIMS_PER_CHUNK, parallel: 1 };

/** How many times a chunk is tried when its transaction keeps failing transiently (deadlocks with another in flight). */
const CHUNK_ATTEMPTS = 10;

const NOTHING: GraphWrite = { entities: [], measures: [], sources: [], cites: [], claims: [], citations: [] };

async function writeSynthetic(graph: BenchGraph, label: string, plan: SyntheticPlan, log: (line: string) => void, writing: SyntheticWriting): Promise<void> {
  const started = Date.now();
  const say = (line: string) => log(`[${label}] ${line}`);
  const entities = syntheticEntities(plan);
  const works = syntheticWorks(plan);
  say(
    `${plan.claims.toLocaleString('en-US')} synthetic claims to write, ${writing.claimsPerTransaction.toLocaleString('en-US')} a transaction, ${writing.parallel} at once; ` +
      `first ${entities.length.toLocaleString('en-US')} entities and ${plan.works.toLocaleString('en-US')} cited works`,
  );
  // Through the write side (graph-writer's writeGraph, then reassess's writeAssessment), told the
  // rows are new: the generator made every id, in a graph emptied first.
  const writeOnce = (rows: GraphWrite, assessment?: SyntheticChunk) =>
    graph.runner.writeTransaction(async (tx) => {
      await writeGraph(tx, rows, 'seed', { fresh: true });
      if (assessment) await writeAssessment(tx, assessment.measures.map((m) => m.id), assessment);
    });
  // Chunks written at once share entities and cited works, so two can deadlock again and again
  // past the driver's 2 s of retries (a chunk takes longer than that); a chunk is one transaction,
  // so it is written again whole.
  let deadlocks = 0;
  const write = async (rows: GraphWrite, assessment?: SyntheticChunk): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeOnce(rows, assessment);
      } catch (error) {
        if (attempt >= CHUNK_ATTEMPTS || !(error instanceof DatabaseError && isRetriableError(error.cause))) throw error;
        deadlocks += 1;
      }
    }
  };
  for (let i = 0; i < entities.length; i += ROWS_PER_TRANSACTION) {
    await write({ ...NOTHING, entities: entities.slice(i, i + ROWS_PER_TRANSACTION).map(({ id, name, type, aliases, partOfId }) => ({ id, name, type, aliases, partOfId })) });
  }
  for (let i = 0; i < works.length; i += ROWS_PER_TRANSACTION) await write({ ...NOTHING, sources: works.slice(i, i + ROWS_PER_TRANSACTION) });
  let written = 0;
  const inFlight = new Set<Promise<void>>();
  for (const chunk of syntheticChunks(plan, entities, writing.claimsPerTransaction)) {
    while (inFlight.size >= writing.parallel) await Promise.race(inFlight);
    const rows: GraphWrite = { entities: [], measures: chunk.measures, sources: chunk.documents, cites: chunk.cites, claims: chunk.claims, citations: chunk.citations };
    const done: Promise<void> = write(rows, chunk).then(() => {
      inFlight.delete(done);
      const before = Math.floor((20 * written) / plan.claims);
      written += chunk.claims.length;
      // Every 5%, not every chunk: a million claims are 400 chunks.
      if (Math.floor((20 * written) / plan.claims) === before && written < plan.claims) return;
      const seconds = (Date.now() - started) / 1000;
      const eta = (seconds / written) * (plan.claims - written);
      say(
        `${written.toLocaleString('en-US')}/${plan.claims.toLocaleString('en-US')} claims (${Math.floor((100 * written) / plan.claims)}%), ` +
          `${seconds.toFixed(0)} s, ${Math.round(written / seconds)} claims/s, about ${eta.toFixed(0)} s to go`,
      );
    });
    inFlight.add(done);
    // Building the next chunk blocks the event loop: let this one's first query leave first, so
    // that Neo4j writes while the generator builds.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
  if (deadlocks > 0) say(`${deadlocks} chunk transactions deadlocked with another in flight and were written again whole`);
}
