import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import { buildCorpus } from './build-corpus.js';
import { assessCorpus, type AssessedCorpus } from './assess-corpus.js';
import type { CorpusRows } from './corpus-rows.js';
import { defaultSeedDir, readSeedFiles } from './read-seed.js';
import { seedWrites } from './seed-writes.js';
import { SeedError, type SeedProblem } from './seed-problems.js';

const pruneRemoved = namedQuery<
  { claimIds: string[]; citationIds: string[]; measureIds: string[]; entityIds: string[]; sourceIds: string[]; conflictIds: string[]; citesKeys: string[] },
  never
>('seed/prune-removed');
const graphSummary = namedQuery<Record<string, never>, GraphSummary>('seed/graph-summary');

export interface GraphSummary {
  sources: number;
  claims: number;
  citations: number;
  entities: number;
  measures: number;
  conflicts: number;
  cites: number;
  relationships: number;
  byKind: { kind: string; count: number }[];
}

export interface LoadOptions {
  seedDir?: string;
  log?: (line: string) => void;
  /** Validate and verify only; write nothing. */
  dryRun?: boolean;
}

/** Reads, validates and verifies the seed; throws a SeedError listing every problem, or returns the rows. */
export async function readCorpus(seedDir = defaultSeedDir): Promise<CorpusRows> {
  const problems: SeedProblem[] = [];
  const files = await readSeedFiles(seedDir, problems);
  const corpus = buildCorpus(files, problems);
  if (problems.length > 0) throw new SeedError(problems);
  return corpus;
}

/**
 * Loads the seed into the graph in one write transaction: everything in the files is created or
 * updated in place, everything the files no longer hold is removed, and a failure writes nothing.
 */
export async function loadSeedIntoGraph(runner: QueryRunner, options: LoadOptions = {}): Promise<GraphSummary | undefined> {
  const log = options.log ?? (() => undefined);
  const corpus = assessCorpus(await readCorpus(options.seedDir));
  log(
    `Seed valid: ${corpus.claims.length} claims, ${corpus.citations.length} citations (every quote verified), ` +
      `${corpus.sources.length} sources, ${corpus.entities.length} entities, ${corpus.measures.length} measures; ` +
      `${corpus.conflicts.length} conflicts found`,
  );
  if (options.dryRun) return undefined;
  const steps: [string, (tx: Parameters<Parameters<QueryRunner['writeTransaction']>[0]>[0]) => Promise<unknown>][] = [
    ['entities', (tx) => tx.run(seedWrites.entities, { rows: corpus.entities })],
    ['measures', (tx) => tx.run(seedWrites.measures, { rows: corpus.measures })],
    ['sources', (tx) => tx.run(seedWrites.sources, { rows: corpus.sources })],
    ['reference lists', (tx) => tx.run(seedWrites.cites, { rows: corpus.cites })],
    ['claims', (tx) => tx.run(seedWrites.claims, { rows: corpus.claims })],
    ['links between claims', (tx) => tx.run(seedWrites.claimLinks, { rows: corpus.claims })],
    ['citations', (tx) => tx.run(seedWrites.citations, { rows: corpus.citations })],
    ['conflicts', (tx) => tx.run(seedWrites.conflicts, { rows: corpus.conflicts })],
    ['removals', (tx) => tx.run(pruneRemoved, pruneParams(corpus))],
  ];
  await runner.writeTransaction(async (tx) => {
    for (const [i, [what, step]] of steps.entries()) {
      log(`Writing ${what} (${i + 1}/${steps.length})`);
      await step(tx);
    }
  });
  const [summary] = await runner.read(graphSummary, {});
  if (!summary) throw new Error('graph summary returned no row');
  log(`Graph: ${summary.claims} claims, ${summary.citations} citations, ${summary.sources} sources, ${summary.entities} entities, ${summary.measures} measures, ${summary.conflicts} conflicts`);
  log(`Claims by kind: ${summary.byKind.map((k) => `${k.kind} ${k.count}`).join(', ')}`);
  return summary;
}

function pruneParams(corpus: AssessedCorpus) {
  return {
    claimIds: corpus.claims.map((c) => c.id),
    citationIds: corpus.citations.map((c) => c.id),
    measureIds: corpus.measures.map((m) => m.id),
    entityIds: corpus.entities.map((e) => e.id),
    sourceIds: corpus.sources.map((s) => s.id),
    conflictIds: corpus.conflicts.map((c) => c.id),
    citesKeys: corpus.cites.map((c) => `${c.fromId}#${c.number}`),
  };
}

export { SeedError };
