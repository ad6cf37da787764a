import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { routing } from 'neo4j-driver';
import { serveApi } from '../src/app.js';
import { neo4jMs, QueryRunner } from '../src/database/query-runner.js';
import { PLAN_AHEAD_TIMEOUT_MS } from '../src/graph/plan-root-queries.js';
import { startBenchNeo4j } from './bench-neo4j.js';
import { positiveNumber } from './command-options.js';
import { apiOperationsFor } from './operations/probes.js';
import { ensureBenchGraph, parseSize } from './synthetic/synthetic-graph.js';
import { GraphQLClient } from './targets/graphql-client.js';
import { floorTarget, graphqlTarget } from './targets/targets.js';

const program = new Command('npm run bench:read-split --')
  .description(
    'Where the time of one request goes: our API runs in this process over a bench graph, each operation is asked ' +
      'one request at a time, and the time while any of its database reads is under way (the Cypher, Bolt and the driver ' +
      'decoding the answer) is told apart from the rest (HTTP, GraphQL, resolvers, JSON, and this client), and Neo4j\'s own ' +
      'part of the reads from Bolt and the driver; beside it, the floor (one hand-written Cypher query through the driver). ' +
      'The medians say which side a gap to the floor is on.',
  )
  .addOption(new Option('--size <size>', 'bench graph: corpus or a number of claims like 10k').default('10k'))
  .addOption(new Option('--operations <regex>', 'only operations whose name matches').default('.'))
  .addOption(new Option('--requests <n>', 'requests per operation and target, after as many to warm up').default(200).argParser(positiveNumber))
  .parse();

const options = program.opts<{ size: string; operations: string; requests: number }>();
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const pattern = new RegExp(options.operations);

const size = parseSize(options.size);
const graph = await startBenchNeo4j(size.label, { heapSize: '2g', pageCacheSize: '2g', boltPort: 0 }, log);
try {
  const stats = await ensureBenchGraph(graph, size, log);
  const operations = (await apiOperationsFor(graph, stats)).filter((o) => pattern.test(o.name));
  // Thrown, not program.error (which exits at once): the Neo4j started above is stopped first.
  if (operations.length === 0) throw new Error(`--operations: no operation matches "${options.operations}"`);
  // Each read's time span, [start, end]: reads a request runs at once overlap, and count once.
  let spans: [number, number][] = [];
  // Neo4j's own time on each of those reads (until its first row, then its last).
  let neo4jSpent = 0;
  // A cold plan can take longer than a request's timeout on a busy machine; the warm-up plans them.
  const runner = new QueryRunner(graph.driver, 'neo4j', graph.uri, {
    queryTimeoutMs: PLAN_AHEAD_TIMEOUT_MS,
    observe: (_query, ms, neo4jMs) => {
      spans.push([performance.now() - ms, performance.now()]);
      neo4jSpent += neo4jMs;
    },
  });
  const http = await serveApi(runner, { host: '127.0.0.1', port: 0 }, { cursorSecret: randomBytes(24).toString('base64url') });
  const client = new GraphQLClient(http.url);
  try {
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    // Each request's time, one at a time, after as many to warm up.
    const timed = async (ask: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < options.requests * 2; i++) {
        const started = performance.now();
        await ask();
        if (i >= options.requests) times.push(performance.now() - started);
      }
      return times;
    };
    // What any request costs outside its reads: HTTP both ways, Apollo's pipeline, JSON, this client.
    const bare = await timed(() => client.post('{ __typename }', {}));
    log(`{ __typename }: ${median(bare).toFixed(2)} ms`);
    const rows: string[] = [];
    for (const op of operations) {
      const api = graphqlTarget('api', client).request(op)!;
      const floor = floorTarget(graph.driver).request(op);
      const totals: number[] = [];
      const reads: number[] = [];
      const neo4j: number[] = [];
      const trips: number[] = [];
      for (let i = 0; i < options.requests * 2; i++) {
        spans = [];
        neo4jSpent = 0;
        const tripsBefore = runner.roundTrips;
        const started = performance.now();
        await api();
        if (i < options.requests) continue;
        totals.push(performance.now() - started);
        reads.push(coveredMs(spans));
        neo4j.push(neo4jSpent);
        trips.push(runner.roundTrips - tripsBefore);
      }
      const floors = floor ? await timed(floor) : [];
      const floorNeo4j: number[] = [];
      // The floor's query again, for Neo4j's own time on it (the target gives its answer alone).
      for (let i = 0; op.floor && i < options.requests; i++) {
        const { summary } = await graph.driver.executeQuery(op.floor.query.text, op.floor.params, { database: 'neo4j', routing: routing.READ, bookmarkManager: null });
        floorNeo4j.push(neo4jMs(summary));
      }
      const [total, read] = [median(totals), median(reads)];
      const floorMs = floors.length ? median(floors) : undefined;
      const ratio = (ms: number) => (floorMs ? `${(ms / floorMs).toFixed(1)}×` : '–');
      const floorNeo4jMs = floorNeo4j.length ? median(floorNeo4j).toFixed(0) : '–';
      rows.push(
        `| ${op.name} | ${total.toFixed(1)} | ${read.toFixed(1)} | ${median(neo4j).toFixed(0)} | ${(total - read).toFixed(1)} | ${median(trips)} | ${floorMs?.toFixed(1) ?? '–'} | ${floorNeo4jMs} | ${ratio(total)} | ${ratio(read)} |`,
      );
      log(`${op.name}: API ${total.toFixed(1)} ms, of which reads ${read.toFixed(1)} ms; floor ${floorMs?.toFixed(1) ?? '–'} ms`);
    }
    console.log(
      [
        `\n${size.label}, ${options.requests} requests one at a time after as many to warm up, medians in ms ` +
          "(Neo4j's own time as its summaries tell it, in whole ms); " +
          `a request that reads nothing (\`{ __typename }\`) took ${median(bare).toFixed(2)} ms:\n`,
        '| operation | API | in its reads | Neo4j in them | outside them | round trips | floor | Neo4j in it | API ÷ floor | reads ÷ floor |',
        '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
        ...rows,
      ].join('\n'),
    );
  } finally {
    client.close();
    await http.close();
  }
} finally {
  await graph.close();
}

/** How long at least one of the spans was under way. */
function coveredMs(spans: [number, number][]): number {
  let covered = 0;
  let reach = -Infinity;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    covered += Math.max(0, end - Math.max(start, reach));
    reach = Math.max(reach, end);
  }
  return covered;
}
