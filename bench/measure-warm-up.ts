import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { serveApi } from '../src/app.js';
import { createLogger } from '../src/config/logger.js';
import type { NamedQuery } from '../src/database/named-query.js';
import { startBenchNeo4j } from './bench-neo4j.js';
import { positiveNumber } from './command-options.js';
import { closedLoop } from './load/measure.js';
import { processCpuMs } from './load/process-cpu.js';
import { apiOperationsFor } from './operations/probes.js';
import { ensureBenchGraph, parseSize } from './synthetic/synthetic-graph.js';
import { GraphQLClient } from './targets/graphql-client.js';
import { graphqlTarget } from './targets/targets.js';

/**
 * How long Neo4j takes to run a query warm: the Cypher our API sends for one operation and the
 * floor's hand-written query, run in turns of the same number of runs on a freshly started Neo4j,
 * with Neo4j's CPU per run (from /proc) after each turn. Neo4j compiles a query's plan hot only
 * after many runs of it, and how many is what the warm-up of npm run bench must allow for.
 */
const program = new Command('npm run bench:warm-up --')
  .description(
    "Neo4j's CPU per query, turn after turn, for the queries our API sends for one operation and for the floor's " +
      'query of it, on a freshly started bench Neo4j: how many runs a query takes to be warm.',
  )
  .addOption(new Option('--size <size>', 'bench graph: corpus or a number of claims like 10k').default('corpus'))
  .addOption(new Option('--operation <prefix>', 'the operation of npm run bench, e.g. docs/05, claims/time-asc').default('docs/05'))
  .addOption(new Option('--turns <n>', 'turns of each query').default(6).argParser(positiveNumber))
  .addOption(new Option('--runs <n>', 'runs of a query in each turn').default(800).argParser(positiveNumber))
  .addOption(new Option('--clients <n>', 'runs at once').default(4).argParser(positiveNumber))
  .parse();
const options = program.opts<{ size: string; operation: string; turns: number; runs: number; clients: number }>();
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

const size = parseSize(options.size);
const graph = await startBenchNeo4j(size.label, { heapSize: '1g', pageCacheSize: '512m', boltPort: 0 }, log);
try {
  const stats = await ensureBenchGraph(graph, size, log);
  const op = (await apiOperationsFor(graph, stats)).find((o) => o.name.startsWith(options.operation));
  // Thrown, not program.error (which exits at once): the Neo4j started above is stopped first.
  if (!op) throw new Error(`--operation: no operation of npm run bench starts with "${options.operation}"`);
  // Our API, in this process over the recording runner, asked once: the queries it sends.
  const api = await serveApi(graph.runner, { host: '127.0.0.1', port: 0 }, { log: createLogger('silent'), cursorSecret: randomBytes(24).toString('base64url') });
  const recorded = await graph.runner.record(() => graphqlTarget('api', new GraphQLClient(api.url)).request(op)!()).finally(() => api.close());
  const queries: { who: string; query: NamedQuery<unknown, unknown>; params: unknown }[] = [
    ...recorded.queries.map((q) => ({ who: 'api', ...q })),
    ...(op.floor ? [{ who: 'floor', query: op.floor.query as NamedQuery<unknown, unknown>, params: op.floor.params }] : []),
  ];
  const header = `| turn (runs so far) | ${queries.map((q) => `${q.who}: ${q.query.name}`).join(' | ')} |`;
  const rows: string[] = [];
  for (let turn = 1; turn <= options.turns; turn++) {
    const cells: string[] = [];
    for (const { query, params } of queries) {
      const before = processCpuMs(graph.pid);
      const runs = await closedLoop(() => graph.runner.read(query, params), options.runs, options.clients, Infinity);
      cells.push(((processCpuMs(graph.pid) - before) / runs.length).toFixed(2));
    }
    rows.push(`| ${turn} (${(turn * options.runs).toLocaleString('en')}) | ${cells.join(' | ')} |`);
    log(`turn ${turn}: ${cells.join(', ')} ms of Neo4j CPU per run`);
  }
  console.log([`\n${op.name} at ${size.label}, ${options.runs} runs a turn from ${options.clients} clients, Neo4j's CPU per run in ms:\n`, header, `|---|${queries.map(() => '--:|').join('')}`, ...rows].join('\n'));
} finally {
  await graph.close();
}
