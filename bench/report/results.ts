import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import type { Measurement } from '../load/measure.js';
import type { QueryProfile } from '../profile/profile-query.js';
import type { GraphStats } from '../synthetic/synthetic-graph.js';
import type { TargetName } from '../targets/targets.js';

export const resultsDir = path.join(projectRoot, 'bench', 'results');

export interface OperationResult {
  name: string;
  what: string;
  measurements: Partial<Record<TargetName, Measurement>>;
  /** Neo4j round trips our API made for one request. */
  apiRoundTrips: number;
  /** 'same', or how the floor's and the peer's answers differ from ours. */
  answers: Partial<Record<'floor' | 'peer', string>>;
  peerDiffers?: string;
  /** PROFILE of every query our API ran for one request, and of the floor's query. */
  profile: { api: QueryProfile[]; floor?: QueryProfile };
}

export interface SizeResult {
  size: string;
  claims: number;
  graph: GraphStats;
  neo4j: { version: string; heapSize: string; pageCacheSize: string; transactionMemoryCap: string };
  /** loadAverage: the 1-minute load when the size's measuring began (other work on the machine skews the numbers). */
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverage: number };
  settings: { warmupSeconds: number; iterations: number; concurrency: number; maxSeconds: number };
  command: string;
  /** The commit measured (git), noting uncommitted changes to what the API runs. */
  revision: string;
  measuredAt: string;
  durationSeconds: number;
  operations: OperationResult[];
}

/** One file per size, so that a `--sizes 1m` run adds to the default sizes' results instead of replacing them. */
export async function saveSizeResult(result: SizeResult): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${result.size}.json`);
  // NaN (a failed measurement) is not JSON: written as null.
  await writeFile(file, JSON.stringify(result, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n');
  return file;
}

/** Every size measured so far, smallest graph first. */
export async function loadSizeResults(): Promise<SizeResult[]> {
  const files = (await readdir(resultsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  const parsed = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(resultsDir, f), 'utf8')) as Partial<SizeResult>));
  // The folder also holds other benchmarks' results (npm run bench:hardening writes hardening.json).
  const results = parsed.filter((r): r is SizeResult => Array.isArray(r.operations) && r.graph !== undefined);
  return results.sort((a, b) => a.graph.summary.claims - b.graph.summary.claims);
}
