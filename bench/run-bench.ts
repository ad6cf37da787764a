import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { serveApi } from '../src/app.js';
import { createLogger } from '../src/config/logger.js';
import { projectRoot } from '../src/config/project-root.js';
import { readHealth } from '../src/graph/health.js';
import { startBenchNeo4j, type BenchGraph, type BenchNeo4jSettings } from './bench-neo4j.js';
import { benchQuery } from './bench-query.js';
import { positiveNumber } from './command-options.js';
import { compareAnswers } from './check/fingerprint.js';
import { failedMeasurement, measure, type MeasureOptions } from './load/measure.js';
import { claimsSecondPage, claimsVariants, exampleOperations, otherLists, type BenchOperation } from './operations/bench-operations.js';
import { probesFor } from './operations/probes.js';
import { profileQuery } from './profile/profile-query.js';
import { renderBenchmarks } from './report/render-benchmarks.js';
import { loadSizeResults, saveSizeResult, type OperationResult, type SizeResult } from './report/results.js';
import { ensureBenchGraph, parseSize, type BenchGraphSize, type GraphStats } from './synthetic/synthetic-graph.js';
import { startApiProcess } from './targets/api-process.js';
import { GraphQLClient } from './targets/graphql-client.js';
import { startPeerProcess } from './targets/peer-process.js';
import type { ServerProcess } from './targets/server-process.js';
import { floorTarget, graphqlTarget, TARGET_NAMES, type Target, type TargetName } from './targets/targets.js';


const memorySettings = benchQuery<Record<string, never>, { name: string; value: string }>('memory-settings');

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
const memory = (value: string) => {
  if (!/^\d+[kmgKMG]$/.test(value)) throw new InvalidArgumentError('must look like 512m or 4g');
  return value;
};

const program = new Command('npm run bench --')
  .description(
    'Measures every operation in docs/operations and the main claims(...) filters and orders against three targets: ' +
      'our API, the floor (one hand-written Cypher query through neo4j-driver) and the peer (@neo4j/graphql over the ' +
      'same graph), on graphs of several sizes, and writes docs/benchmarks.md. Each size has its own Neo4j database ' +
      'under .neo4j/instances/bench/<size>, generated once (the real corpus plus synthetic claims) and kept.',
  )
  .addOption(new Option('--sizes <list>', 'graph sizes in claims: corpus, or a number like 10k, 100k, 1m (1m: 10-20 min to generate the first time at 900-1,800 claims/s, ~12 min to measure)').default(['corpus', '10k', '100k'], 'corpus,10k,100k').argParser(list))
  .addOption(new Option('--targets <list>', `which targets to measure: ${TARGET_NAMES.join(', ')}`).default([...TARGET_NAMES], TARGET_NAMES.join(',')).argParser(list))
  .option('--operations <regex>', 'only operations whose name matches, e.g. "claims/" or "docs/0[1-3]" (the size\'s results then hold only those)')
  .option('--generate-only', 'only build (or keep) the graph of each size: measure nothing, write no results')
  .addOption(new Option('--warmup-seconds <s>', 'seconds of requests per operation and target before measuring (from --concurrency clients)').default(4).argParser(positiveNumber))
  .addOption(new Option('--iterations <n>', 'requests per operation and target in each phase (latency, then throughput)').default(300).argParser(positiveNumber))
  .addOption(new Option('--concurrency <n>', 'clients at once in the throughput phase').default(4).argParser(positiveNumber))
  .addOption(new Option('--max-seconds <s>', 'time limit of each phase, so that slow operations get fewer samples').default(5).argParser(positiveNumber))
  .addOption(new Option('--heap <size>', 'Java heap of the bench Neo4j').default('4g').argParser(memory))
  .addOption(new Option('--pagecache <size>', 'page cache of the bench Neo4j (6g holds the 1m graph)').default('6g').argParser(memory))
  .addOption(new Option('--bolt-port <port>', 'Bolt port of the bench Neo4j; 0 picks a free one').default(0).argParser(Number))
  .addHelpText(
    'after',
    '\nExamples:\n  npm run bench                                  corpus, 10k and 100k claims, every target\n' +
      '  npm run bench -- --sizes 1m                    the million-claim graph (adds its results to docs/benchmarks.md)\n' +
      '  npm run bench -- --sizes 10k --operations claims/ --targets api,floor\n' +
      '  npm run bench -- --sizes 1m --generate-only      build the million-claim graph now, measure it later\n' +
      '\nResults: bench/results/<size>.json (one file per size) and the generated part of docs/benchmarks.md.',
  )
  .parse();

const options = program.opts<{
  sizes: string[];
  targets: string[];
  operations?: string;
  generateOnly?: boolean;
  warmupSeconds: number;
  iterations: number;
  concurrency: number;
  maxSeconds: number;
  heap: string;
  pagecache: string;
  boltPort: number;
}>();

const unknownTarget = options.targets.find((t) => !(TARGET_NAMES as readonly string[]).includes(t));
if (unknownTarget) program.error(`--targets: unknown target "${unknownTarget}"; use ${TARGET_NAMES.join(', ')}`);
const sizes = options.sizes.map((s) => {
  try {
    return parseSize(s);
  } catch (error) {
    return program.error(`--sizes: ${(error as Error).message}`);
  }
});
const selected = options.operations === undefined ? undefined : new RegExp(options.operations);
const measureOptions: MeasureOptions = { warmupSeconds: options.warmupSeconds, iterations: options.iterations, concurrency: options.concurrency, maxSeconds: options.maxSeconds };
const neo4jSettings: BenchNeo4jSettings = { heapSize: options.heap, pageCacheSize: options.pagecache, boltPort: options.boltPort };
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

/** The commit measured, and whether the code the API runs differed from it. */
function revision(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'cypher', 'schema.graphql', 'docs/operations') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/, cypher/, schema.graphql or docs/operations' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

for (const size of sizes) {
  const started = Date.now();
  const graph = await startBenchNeo4j(size.label, neo4jSettings, log);
  try {
    const stats = await ensureBenchGraph(graph, size, log);
    if (options.generateOnly) continue;
    const result = await benchmarkSize(graph, size, stats);
    result.durationSeconds = Math.round((Date.now() - started) / 1000);
    log(`Results: ${await saveSizeResult(result)}`);
  } finally {
    await graph.close();
  }
  await renderBenchmarks(await loadSizeResults());
  log('docs/benchmarks.md updated');
}

/**
 * Our API and the peer are measured each in a process of its own, as they would run (compiled
 * and NODE_ENV=production for ours), so that neither shares a thread with the clients and the CPU
 * time of each is its own. A second copy of our API, in this process over the recording runner,
 * answers each operation once to note the queries it sends (same cursor key, so cursors pass).
 */
async function benchmarkSize(graph: BenchGraph, size: BenchGraphSize, stats: GraphStats): Promise<SizeResult> {
  const cursorSecret = randomBytes(24).toString('base64url');
  const recorder = await serveApi(graph.runner, { host: '127.0.0.1', port: 0 }, { log: createLogger('silent'), cursorSecret });
  const api = await startApiProcess({ neo4jUri: graph.uri, neo4jPassword: graph.password, cursorSecret });
  const peer = await startPeerProcess(graph.uri, graph.password);
  const clients = [new GraphQLClient(recorder.url), new GraphQLClient(api.url), new GraphQLClient(peer.url)] as const;
  try {
    const targets: Record<TargetName, Target> = { api: graphqlTarget('api', clients[1]), floor: floorTarget(graph.driver), peer: graphqlTarget('peer', clients[2]) };
    const processes: Partial<Record<TargetName, ServerProcess>> = { api, peer };
    const recording = graphqlTarget('api', clients[0]);
    const failures = new Map<string, string>();
    const every = await operationsFor(graph, stats, targets, failures);
    const operations = every.filter((op) => !selected || selected.test(op.name));
    // An empty table would replace this size's results.
    if (operations.length === 0) throw new Error(`--operations: "${options.operations}" matches none of ${every.map((op) => op.name).join(', ')}`);
    const results: OperationResult[] = [];
    for (const op of operations) results.push(await benchmarkOperation(graph, op, { targets, processes, recording, failures }, size.label));
    return {
      size: size.label,
      claims: size.claims,
      graph: stats,
      neo4j: await reportedSettings(graph),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg()[0]! },
      settings: { ...measureOptions },
      command,
      revision: revision(),
      measuredAt: new Date().toISOString(),
      durationSeconds: 0,
      operations: results,
    };
  } finally {
    for (const client of clients) client.close();
    await Promise.all([recorder.close(), api.close(), peer.close()]);
  }
}

/** What the server runs with; the transaction memory cap is the project's own (src/database/local-neo4j/instance.ts). */
async function reportedSettings(graph: BenchGraph): Promise<SizeResult['neo4j']> {
  const settings = new Map((await graph.runner.read(memorySettings, {})).map((s) => [s.name, s.value]));
  return {
    version: (await readHealth(graph.runner)).neo4jVersion ?? 'unreachable',
    heapSize: options.heap,
    pageCacheSize: settings.get('server.memory.pagecache.size') ?? options.pagecache,
    transactionMemoryCap: settings.get('db.memory.transaction.total.max') ?? 'unlimited',
  };
}

/** Every operation for this graph: the examples, the claims variants on ids from its middle, their second page, other lists. */
async function operationsFor(graph: BenchGraph, stats: GraphStats, targets: Record<TargetName, Target>, failures: Failures): Promise<BenchOperation[]> {
  const variants = claimsVariants(await probesFor(graph, stats));
  const first = variants[0]!;
  type FirstPage = Record<string, { pageInfo?: { endCursor: string } }> & { resumeAfter?: { sortTime: string; claim: string } };
  const firstPage = async (target: TargetName) => {
    try {
      return (await targets[target].request(first)!()) as FirstPage;
    } catch (error) {
      log(`The ${target} failed the first page, so the second has no ${target} version: ${(error as Error).message}`);
      failures.set(failureKey(target, first), (error as Error).message);
      return undefined;
    }
  };
  const [apiPage, floorPage, peerPage] = [await firstPage('api'), await firstPage('floor'), await firstPage('peer')];
  const second = claimsSecondPage(first, {
    apiCursor: apiPage?.claims?.pageInfo?.endCursor,
    floorAfter: floorPage?.resumeAfter ? { time: floorPage.resumeAfter.sortTime, id: floorPage.resumeAfter.claim } : undefined,
    peerCursor: peerPage?.claimsConnection?.pageInfo?.endCursor,
  });
  return [...exampleOperations(), first, second, ...variants.slice(1), ...otherLists()];
}

/** A target's failure of an operation, noted the first time: asking again costs the same wait for the same error. */
type Failures = Map<string, string>;
function failureKey(target: TargetName, op: BenchOperation): string {
  return `${target} ${op.name}`;
}

interface Contenders {
  targets: Record<TargetName, Target>;
  /** The processes of the targets that have their own, whose CPU time is read. */
  processes: Partial<Record<TargetName, ServerProcess>>;
  /** Our API in this process, over the recording runner. */
  recording: Target;
  failures: Failures;
}

/**
 * One operation: each target answers it once (its answer compared with ours, our API's queries and
 * round trips noted, then profiled), then is measured, unless it failed already. Targets take
 * turns per operation, so that a slow drift of the machine touches all three alike.
 */
async function benchmarkOperation(graph: BenchGraph, op: BenchOperation, { targets, processes, recording, failures }: Contenders, sizeLabel: string): Promise<OperationResult> {
  const result: OperationResult = { name: op.name, what: op.what, measurements: {}, apiRoundTrips: 0, answers: {}, profile: { api: [] }, ...(op.peerDiffers ? { peerDiffers: op.peerDiffers } : {}) };
  const recorded = await graph.runner.record(() => recording.request(op)!().then((data) => ({ data }), (error: Error) => ({ error })));
  result.apiRoundTrips = recorded.roundTrips;
  const ours = 'data' in recorded.result ? recorded.result.data : undefined;
  for (const other of ['floor', 'peer'] as const) {
    const ask = targets[other].request(op);
    if (!ask || ours === undefined || failures.has(failureKey(other, op))) continue;
    result.answers[other] = await ask().then(
      (theirs) => compareAnswers(ours, theirs, { ordered: op.name.startsWith('claims/') }),
      (error: Error) => {
        failures.set(failureKey(other, op), error.message);
        return `failed: ${error.message}`;
      },
    );
  }
  for (const q of recorded.queries) result.profile.api.push(await profileQuery(graph.driver, q.query.name, q.query.text, q.params));
  if (op.floor) result.profile.floor = await profileQuery(graph.driver, op.floor.query.name, op.floor.query.text, op.floor.params);

  for (const name of options.targets as TargetName[]) {
    const ask = targets[name].request(op);
    if (!ask) continue;
    const failed = failures.get(failureKey(name, op));
    const cpuMs = processes[name] && (() => processes[name]!.cpuMs());
    result.measurements[name] = failed === undefined ? await measure(ask, measureOptions, cpuMs) : failedMeasurement(failed, measureOptions);
  }
  const summary = (options.targets as TargetName[])
    .map((t) => {
      const m = result.measurements[t];
      if (!m) return undefined;
      return m.error ? `${t} error` : `${t} ${m.p50Ms.toFixed(1)} ms`;
    })
    .filter(Boolean)
    .join(', ');
  log(`[${sizeLabel}] ${op.name}: ${summary}; ${result.apiRoundTrips} round trips; answers ${JSON.stringify(result.answers)}`);
  return result;
}
