import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { startBenchNeo4j } from './bench-neo4j.js';
import { positiveNumber } from './command-options.js';
import { closedLoop } from './load/measure.js';
import { processCpuMs } from './load/process-cpu.js';
import type { BenchOperation } from './operations/bench-operations.js';
import { apiOperationsFor } from './operations/probes.js';
import { summarizeCpuProfile, type Consumer } from './profile/cpu-profile.js';
import { ensureBenchGraph, parseSize } from './synthetic/synthetic-graph.js';
import { startApiProcess } from './targets/api-process.js';
import type { ServerProcess } from './targets/server-process.js';
import { GraphQLClient } from './targets/graphql-client.js';
import { graphqlTarget } from './targets/targets.js';


const program = new Command('npm run bench:profile --')
  .description(
    'Where our API spends its CPU on one example operation under load: the API runs in its own process as `npm start` ' +
      'runs it, over a bench graph (npm run bench keeps them), while closed-loop clients ask it the operation; once plain ' +
      '(requests/s, and the CPU per request of the API and of Neo4j), once under node --cpu-prof (the top consumers by self time).',
  )
  .addOption(new Option('--size <size>', 'bench graph: corpus or a number of claims like 10k').default('corpus'))
  .addOption(new Option('--operation <prefix>', 'the operation of npm run bench, e.g. docs/05, claims/time-asc, lists/pledges').default('docs/05'))
  .addOption(new Option('--clients <n>', 'clients at once').default(10).argParser(positiveNumber))
  .addOption(new Option('--seconds <s>', 'how long each of the two runs loads the API').default(10).argParser(positiveNumber))
  .addOption(new Option('--warmup-seconds <s>', 'how long each run loads the API before measuring (Neo4j compiles a query hot only after thousands of runs)').default(10).argParser(positiveNumber))
  .addOption(new Option('--top <n>', 'consumers listed').default(12).argParser(positiveNumber))
  .option('--save <file>', 'keep the .cpuprofile there (Chrome DevTools and VS Code open it)')
  .parse();

const options = program.opts<{ size: string; operation: string; clients: number; seconds: number; warmupSeconds: number; top: number; save?: string }>();
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

const size = parseSize(options.size);
const graph = await startBenchNeo4j(size.label, { heapSize: '1g', pageCacheSize: '512m', boltPort: 0 }, log);
const profileDir = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-cpu-'));
try {
  const stats = await ensureBenchGraph(graph, size, log);
  const op = (await apiOperationsFor(graph, stats)).find((o) => o.name.startsWith(options.operation));
  // Thrown, not program.error (which exits at once): the Neo4j started above is stopped first.
  if (!op) throw new Error(`--operation: no operation of npm run bench starts with "${options.operation}"`);
  const cursorSecret = randomBytes(24).toString('base64url');
  const run = async (nodeArgs: string[]) => {
    const api = await startApiProcess({ neo4jUri: graph.uri, neo4jPassword: graph.password, cursorSecret, nodeArgs });
    try {
      return await load(api, op);
    } finally {
      await api.close();
    }
  };
  const plain = await run([]);
  log(
    `${op.name}, ${options.clients} clients, ${options.seconds} s: ${plain.requestsPerSecond.toFixed(0)} req/s, p50 ${plain.p50Ms.toFixed(1)} ms, ` +
      `CPU ${plain.cpuMsPerRequest.toFixed(2)} ms per request (Neo4j ${plain.neo4jCpuMsPerRequest.toFixed(2)} ms)`,
  );
  const profiled = await run(['--cpu-prof', '--cpu-prof-dir', profileDir]);
  const [file] = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`node --cpu-prof wrote no profile into ${profileDir}`);
  if (options.save) await copyFile(path.join(profileDir, file), options.save);
  const summary = await summarizeCpuProfile(path.join(profileDir, file), profiled.window, options.top);
  const lines = (title: string, consumers: Consumer[]) => [`${title}:`, ...consumers.map((c) => `  ${(c.share * 100).toFixed(1).padStart(5)}%  ${c.name}`)];
  const perRequest = (summary.busyMs / profiled.requests).toFixed(2);
  console.log([`CPU profile of the API under load, self time (${summary.busyMs.toFixed(0)} ms busy for ${profiled.requests} requests: ${perRequest} ms each):`, ...lines('by place', summary.byPlace), ...lines('by function', summary.byFunction)].join('\n'));
} finally {
  await rm(profileDir, { recursive: true, force: true });
  await graph.close();
}

/** Warm-up, then the clients for the set time: requests/s, the median latency, the CPU per request of the API and of Neo4j, and when the load ran. */
async function load(api: ServerProcess, op: BenchOperation) {
  const client = new GraphQLClient(api.url);
  try {
    const ask = graphqlTarget('api', client).request(op)!;
    await closedLoop(ask, Infinity, options.clients, options.warmupSeconds);
    const cpuBefore = api.cpuMs();
    const neo4jBefore = processCpuMs(graph.pid);
    const started = performance.now();
    const latencies = await closedLoop(ask, Infinity, options.clients, options.seconds);
    const ended = performance.now();
    const sorted = latencies.sort((a, b) => a - b);
    return {
      requests: latencies.length,
      requestsPerSecond: latencies.length / ((ended - started) / 1000),
      p50Ms: sorted[Math.floor(sorted.length / 2)]!,
      cpuMsPerRequest: (api.cpuMs() - cpuBefore) / latencies.length,
      neo4jCpuMsPerRequest: (processCpuMs(graph.pid) - neo4jBefore) / latencies.length,
      // The profile covers the process's whole life; the summary takes the load alone.
      window: { fromMs: started - api.spawnedAt, toMs: ended - api.spawnedAt },
    };
  } finally {
    client.close();
  }
}
