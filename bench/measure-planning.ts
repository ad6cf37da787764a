import os from 'node:os';
import { Command } from 'commander';
import { planRootQueries } from '../src/graph/plan-root-queries.js';
import { positiveNumber } from './command-options.js';
import { startBenchNeo4j, type BenchGraph } from './bench-neo4j.js';
import { RecordingQueryRunner, type RecordedQuery } from './profile/recording-query-runner.js';
import { ensureBenchGraph, parseSize } from './synthetic/synthetic-graph.js';

/**
 * How long Neo4j takes to plan the API's root queries (those src/graph/plan-root-queries.ts plans
 * ahead), query by query, on a freshly started Neo4j (cold: nothing loaded or compiled yet), again
 * after clearing its query caches (the JVM warm, no plan cached) and once more (the plan cached).
 * Each query is sent as the API sends it, with the parameters planning ahead gives it; it matches
 * nothing, so its time is its planning and a round trip; a cold round's sum is about what
 * readiness waits for after a restart.
 */
const program = new Command('npm run bench:planning --')
  .description('Restart a Neo4j with the corpus, plan every root query cold, warm and cached, and print the times.')
  .option('--size <size>', 'bench graph size: corpus, 10k, 100k, 1m', 'corpus')
  .option('--restarts <n>', 'cold rounds, each on a freshly started Neo4j', positiveNumber, 2)
  .option('--heap <size>', 'Java heap of the Neo4j (the app runs with 512m)', '512m')
  .parse();
const options = program.opts<{ size: string; restarts: number; heap: string }>();
const load = () => os.loadavg()[0]!.toFixed(1);
const say = (line: string) => process.stderr.write(`${line}\n`);
const size = parseSize(options.size);
const start = () => startBenchNeo4j(size.label, { heapSize: options.heap, pageCacheSize: '256m', boltPort: 0 }, say);

/** Seconds each query took to answer, in the order planning ahead sends them. */
async function timeEach(graph: BenchGraph, queries: RecordedQuery[]): Promise<number[]> {
  const times: number[] = [];
  for (const { query, params } of queries) {
    const started = performance.now();
    await graph.driver.executeQuery(query.text, params as Record<string, unknown>, { database: 'neo4j' });
    times.push((performance.now() - started) / 1000);
  }
  return times;
}

let graph = await start();
let queries: RecordedQuery[];
try {
  await ensureBenchGraph(graph, size, say);
  // The queries and parameters planning ahead sends, noted once (with no timeout: a cold plan is slow).
  const recorder = new RecordingQueryRunner(graph.driver, 'neo4j', graph.uri, { queryTimeoutMs: 600_000 });
  ({ queries } = await recorder.record(() => planRootQueries(recorder)));
} finally {
  await graph.close();
}

const rounds: { label: string; times: number[] }[] = [];
for (let restart = 1; restart <= options.restarts; restart++) {
  graph = await start();
  try {
    rounds.push({ label: `cold ${restart} (load ${load()})`, times: await timeEach(graph, queries) });
    await graph.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: 'neo4j' });
    rounds.push({ label: `warm ${restart}`, times: await timeEach(graph, queries) });
    rounds.push({ label: `cached ${restart}`, times: await timeEach(graph, queries) });
  } finally {
    await graph.close();
  }
}

const cell = (s: number) => s.toFixed(2);
const lines = [
  `| query | ${rounds.map((r) => r.label).join(' | ')} |`,
  `|---|${rounds.map(() => '--:').join('|')}|`,
  ...queries.map((q, i) => `| ${q.query.name} | ${rounds.map((r) => cell(r.times[i]!)).join(' | ')} |`),
  `| all | ${rounds.map((r) => cell(r.times.reduce((a, b) => a + b, 0))).join(' | ')} |`,
];
console.log(lines.join('\n'));
