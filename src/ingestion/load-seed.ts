import { recordActivity, SEED_LOADER } from '../curation/activity.js';
import { writeGraph } from '../curation/graph-writer.js';
import type { GraphWrite } from '../curation/graph-rows.js';
import { reassess } from '../curation/reassess.js';
import { namedQuery } from '../database/named-query.js';
import { refreshPlannerStatistics } from '../database/planner-statistics.js';
import type { QueryRunner } from '../database/query-runner.js';
import { buildCorpus } from './build-corpus.js';
import { defaultSeedDir, readSeedFiles } from './read-seed.js';
import { SeedError, type SeedProblem } from './seed-problems.js';

type SeedIds = { claimIds: string[]; entityIds: string[]; measureIds: string[]; sourceIds: string[] };
const curatedIds = namedQuery<SeedIds, SeedIds>('seed/curated-ids');
const pruneRemoved = namedQuery<SeedIds & { citesKeys: string[] }, never>('seed/prune-removed');
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
export async function readCorpus(seedDir = defaultSeedDir): Promise<GraphWrite> {
  const problems: SeedProblem[] = [];
  const files = await readSeedFiles(seedDir, problems);
  const corpus = buildCorpus(files, problems);
  if (problems.length > 0) throw new SeedError(problems);
  return corpus;
}

/**
 * Loads the seed into the graph in one write transaction through the write side: everything in the
 * files is created or updated in place, the seed's measures are reassessed, and what the files no
 * longer hold is removed. What curators added, corrected or retracted is never overwritten or
 * removed. A failure writes nothing. Neo4j's index statistics are refreshed afterwards
 * (database/planner-statistics.ts).
 */
export async function loadSeedIntoGraph(runner: QueryRunner, options: LoadOptions = {}): Promise<GraphSummary | undefined> {
  const log = options.log ?? (() => undefined);
  const corpus = await readCorpus(options.seedDir);
  log(
    `Seed valid: ${corpus.claims.length} claims, ${corpus.citations.length} citations (every quote verified), ` +
      `${corpus.sources.length} sources, ${corpus.entities.length} entities, ${corpus.measures.length} measures`,
  );
  if (options.dryRun) return undefined;
  const ids: SeedIds = {
    claimIds: corpus.claims.map((c) => c.id),
    entityIds: corpus.entities.map((e) => e.id),
    measureIds: corpus.measures.map((m) => m.id),
    sourceIds: corpus.sources.map((s) => s.id),
  };
  await runner.writeTransaction(async (tx) => {
    const [curated] = await tx.run(curatedIds, ids);
    const write = withoutCurated(corpus, curated!);
    const kept = Object.values(curated!).flat().length;
    if (kept > 0) log(`Keeping ${kept} seed node${kept === 1 ? '' : 's'} as curators left them: ${Object.values(curated!).flat().join(', ')}`);
    const changes = await writeGraph(tx, write, 'seed', { progress: (what) => log(`Writing ${what}`) });
    log('Removing what the seed no longer holds');
    await tx.run(pruneRemoved, { ...ids, citesKeys: corpus.cites.map((c) => `${c.fromId}#${c.number}`) });
    log(`Reassessing ${corpus.measures.length} measures`);
    await reassess(tx, { measureIds: ids.measureIds, claimIds: write.claims.map((c) => c.id) });
    const claimChanges = [...changes].flatMap(([claimId, change]) => (change === 'unchanged' ? [] : [{ claimId, change }]));
    if (claimChanges.length > 0) {
      await recordActivity(tx, { kind: 'seed', agent: SEED_LOADER, claimChanges, generated: [], idempotencyKey: null, inputHash: null, answer: null });
      log(`Recorded the load in the history: ${claimChanges.length} claims created or changed`);
    }
  });
  await refreshPlannerStatistics(runner, log);
  const [summary] = await runner.read(graphSummary, {});
  if (!summary) throw new Error('graph summary returned no row');
  log(`Graph: ${summary.claims} claims, ${summary.citations} citations, ${summary.sources} sources, ${summary.entities} entities, ${summary.measures} measures, ${summary.conflicts} conflicts`);
  log(`Claims by kind: ${summary.byKind.map((k) => `${k.kind} ${k.count}`).join(', ')}`);
  return summary;
}

/** The seed's rows minus the nodes curators own, and minus those claims' links from seed citations. */
function withoutCurated(corpus: GraphWrite, curated: SeedIds): GraphWrite {
  const claims = new Set(curated.claimIds);
  const entities = new Set(curated.entityIds);
  const measures = new Set(curated.measureIds);
  const sources = new Set(curated.sourceIds);
  return {
    entities: corpus.entities.filter((e) => !entities.has(e.id)),
    measures: corpus.measures.filter((m) => !measures.has(m.id)),
    sources: corpus.sources.filter((s) => !sources.has(s.id)),
    cites: corpus.cites,
    claims: corpus.claims.filter((c) => !claims.has(c.id)),
    citations: corpus.citations
      .map((q) => ({ ...q, claimIds: q.claimIds.filter((id) => !claims.has(id)) }))
      .filter((q) => q.claimIds.length > 0),
  };
}

export { SeedError };
