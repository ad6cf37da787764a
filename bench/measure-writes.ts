import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { benchInstancesDir, startBenchNeo4j } from './bench-neo4j.js';
import { positiveNumber } from './command-options.js';
import { processCpuMs } from './load/process-cpu.js';
import { dumpFlightRecording, JVM_STACK_DEPTH, startFlightRecording, summarizeFlightRecording } from './profile/neo4j-flight-recording.js';
import { RecordingQueryRunner } from './profile/recording-query-runner.js';
import { ensureBenchGraph, parseSize, SYNTHETIC_WRITING } from './synthetic/synthetic-graph.js';

/**
 * How fast the write side writes: a bench graph generated from nothing (the corpus through the seed
 * loader, then the synthetic claims through the write side's queries) in a scratch instance of its
 * own, with claims per second and the time of each write query. docs/benchmarks.md ("Writes") keeps
 * the results and the batch sizes they led to.
 */
const memory = (value: string) => {
  if (!/^\d+[kmgKMG]$/.test(value)) throw new InvalidArgumentError('must look like 512m or 4g');
  return value;
};
const program = new Command('npm run bench:writes --')
  .description('Generate a bench graph from nothing in a scratch Neo4j and print claims/s and where the time went, query by query.')
  .option('--claims <size>', 'claims in the graph, the corpus included: 10k, 100k, 1m', '100k')
  .option('--heap <size>', 'Java heap of the scratch Neo4j', memory, '2g')
  .option('--pagecache <size>', 'page cache of the scratch Neo4j', memory, '2g')
  .option('--batch <claims>', 'claims per write transaction', positiveNumber, SYNTHETIC_WRITING.claimsPerTransaction)
  .option('--parallel <n>', 'write transactions in flight at once', positiveNumber, SYNTHETIC_WRITING.parallel)
  .option('--bolt-port <port>', 'Bolt port of the scratch Neo4j; 0 picks a free one', positiveNumberOrZero, 0)
  .option('--jfr <file>', "record Neo4j with Java Flight Recorder into this file and print where Neo4j's CPU went")
  .addHelpText('after', '\nExamples:\n  npm run bench:writes -- --claims 1m --heap 3g --pagecache 4g\n  npm run bench:writes -- --claims 100k --jfr /tmp/writes.jfr')
  .parse();
const options = program.opts<{ claims: string; heap: string; pagecache: string; batch: number; parallel: number; boltPort: number; jfr?: string }>();
const recording = options.jfr === undefined ? undefined : path.resolve(options.jfr);
const say = (line: string) => process.stderr.write(`${line}\n`);

function positiveNumberOrZero(value: string): number {
  return value === '0' ? 0 : positiveNumber(value);
}

const size = parseSize(options.claims);
// A scratch instance, emptied by removing its folder: never one of the sizes the bench keeps.
const label = 'writes';
await rm(path.join(benchInstancesDir, label), { recursive: true, force: true });
// The scratch Neo4j inherits this process's environment: the JVM reads the stack depth from it.
if (recording) process.env.JAVA_TOOL_OPTIONS = [process.env.JAVA_TOOL_OPTIONS, JVM_STACK_DEPTH].filter(Boolean).join(' ');
const started = await startBenchNeo4j(label, { heapSize: options.heap, pageCacheSize: options.pagecache, boltPort: options.boltPort }, say);
const byQuery = new Map<string, { calls: number; ms: number }>();
const observe = (name: string, ms: number) => {
  const q = byQuery.get(name) ?? { calls: 0, ms: 0 };
  byQuery.set(name, { calls: q.calls + 1, ms: q.ms + ms });
};
const graph = { ...started, runner: new RecordingQueryRunner(started.driver, 'neo4j', started.uri, { observe }) };
try {
  if (recording) await startFlightRecording(graph.pid);
  const t0 = performance.now();
  const neo4jBefore = processCpuMs(graph.pid);
  const nodeBefore = process.cpuUsage();
  const stats = await ensureBenchGraph(graph, size, say, { claimsPerTransaction: options.batch, parallel: options.parallel });
  const seconds = (performance.now() - t0) / 1000;
  const neo4jCpu = (processCpuMs(graph.pid) - neo4jBefore) / 1000;
  const nodeUsage = process.cpuUsage(nodeBefore);
  const nodeCpu = (nodeUsage.user + nodeUsage.system) / 1e6;
  const claims = stats.summary.claims;
  const synthetic = stats.plan.claims;
  const writing = stats.syntheticSeconds ?? seconds;
  const inQueries = [...byQuery.values()].reduce((sum, q) => sum + q.ms, 0) / 1000;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`\n${n(claims)} claims, ${n(stats.summary.citations)} citations in ${seconds.toFixed(1)} s (${n(claims / seconds)} claims/s overall)`);
  console.log(`synthetic claims: ${n(synthetic)} in ${writing.toFixed(1)} s: ${n(synthetic / writing)} claims/s, ${options.batch} a transaction, ${options.parallel} at once`);
  console.log(`CPU: Neo4j ${neo4jCpu.toFixed(1)} s, this process ${nodeCpu.toFixed(1)} s (building rows and assessing); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  console.log(`(${inQueries.toFixed(1)} s waiting on queries, summed over transactions in flight)\n`);
  console.log('| query | calls | s |\n|---|---:|---:|');
  for (const [name, q] of [...byQuery].sort(([, a], [, b]) => b.ms - a.ms)) console.log(`| ${name} | ${q.calls} | ${(q.ms / 1000).toFixed(2)} |`);
  if (recording) {
    await dumpFlightRecording(graph.pid, recording);
    const { samples, shares } = await summarizeFlightRecording(recording);
    console.log(`\nWhere Neo4j's CPU went (${n(samples)} samples of Java Flight Recorder, ${recording}):\n\n| share | what |\n|---:|---|`);
    for (const { what, share } of shares.filter((s) => s.share >= 0.005)) console.log(`| ${(100 * share).toFixed(1)}% | ${what} |`);
  }
} finally {
  await graph.close();
}
