import { Command } from 'commander';
import { serveApi } from '../src/app.js';
import { createLogger } from '../src/config/logger.js';
import { startBenchNeo4j } from './bench-neo4j.js';
import { ensureBenchGraph, parseSize } from './synthetic/synthetic-graph.js';

/**
 * Load times of the audit pages and the throughput of the exports on one bench graph (the corpus,
 * 100k claims, ...): each page requested a few times after a warm-up, its median and slowest time;
 * each export of every claim read to the end, rows per second and the process's peak memory.
 */
const program = new Command('npx tsx --expose-gc bench/measure-audit.ts')
  .option('--size <size>', 'bench graph size: corpus, 10k, 100k, 1m', 'corpus')
  .option('--heap <size>', 'Java heap of the bench Neo4j', '2g')
  .option('--pagecache <size>', 'page cache of the bench Neo4j', '2g')
  .option('--repeat <n>', 'timed requests per page', '5')
  .parse();
const options = program.opts<{ size: string; heap: string; pagecache: string; repeat: string }>();
const say = (line: string) => process.stderr.write(`${line}\n`);

const graph = await startBenchNeo4j(parseSize(options.size).label, { heapSize: options.heap, pageCacheSize: options.pagecache, boltPort: 0 }, say);
try {
  await ensureBenchGraph(graph, parseSize(options.size), say);
  const http = await serveApi(graph.runner, { host: '127.0.0.1', port: 0 }, { log: createLogger('error') });
  try {
    const gql = async (query: string) => ((await (await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { data: Record<string, { edges: { node: { id: string } }[] }> }).data;
    const first = async (field: string, args = '') => (await gql(`{ ${field}${args} { edges { node { id } } } }`))[field]!.edges[0]!.node.id;
    const pages = [
      '/audit/',
      '/audit/?text=Guatemala',
      '/audit/claim/wp-table-total-590',
      `/audit/claim/${await first('claims', '(orderBy: ID, first: 1)')}`,
      '/audit/source/wikipedia-mss',
      '/audit/source/cepr-johnston-2024-06-26',
      `/audit/source/${await first('sources', '(kind: WORK, first: 1)')}`,
      '/audit/measure/mss-personnel-deployed-total',
      `/audit/measure/${await first('measures', '(first: 1)')}`,
      `/audit/conflict/${await first('conflicts', '(first: 1)')}`,
      '/audit/entity/kenya',
      '/audit/pledges',
      '/audit/conflicts',
      '/audit/sources',
    ];
    console.log(`| page (${options.size}) | median ms | slowest ms | bytes |\n|---|---:|---:|---:|`);
    for (const path of pages) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 2 + Number(options.repeat); i += 1) {
        const started = performance.now();
        const response = await fetch(new URL(path, http.url));
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
        if (i >= 2) times.push(performance.now() - started);
        bytes = body.length;
      }
      times.sort((a, b) => a - b);
      console.log(`| \`${path}\` | ${times[Math.floor(times.length / 2)]!.toFixed(0)} | ${times.at(-1)!.toFixed(0)} | ${bytes} |`);
    }
    console.log(`\n| export (${options.size}, all claims) | rows | seconds | rows/s | MB | peak RSS MB (before) |\n|---|---:|---:|---:|---:|---:|`);
    for (const file of ['claims.csv', 'claims.jsonld']) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const started = performance.now();
      const response = await fetch(new URL(`/export/${file}`, http.url));
      // CSV records end in CRLF (a quote's own line breaks are LF); JSON-LD has a line per claim.
      const end = file.endsWith('.csv') ? 13 : 10;
      let lines = 0;
      let size = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        for (const byte of chunk) if (byte === end) lines += 1;
      }
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      // Less the CSV header, or JSON-LD's opening and closing lines.
      const rows = file.endsWith('.csv') ? lines - 1 : lines - 2;
      console.log(`| \`/export/${file}\` | ${rows} | ${seconds.toFixed(1)} | ${(rows / seconds).toFixed(0)} | ${(size / 1e6).toFixed(1)} | ${(peak / 1e6).toFixed(0)} (${(before / 1e6).toFixed(0)}) |`);
    }
  } finally {
    await http.close();
  }
} finally {
  await graph.close();
}
