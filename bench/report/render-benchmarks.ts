import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import type { Measurement } from '../load/measure.js';
import type { OperationResult, SizeResult } from './results.js';

export const benchmarksDoc = path.join(projectRoot, 'docs', 'benchmarks.md');
const BEGIN = '<!-- results:begin: written by `npm run bench` from bench/results/*.json; edit bench/report/render-benchmarks.ts, not this part -->';
const END = '<!-- results:end -->';

/** Rewrites the generated part of docs/benchmarks.md from every size measured; the prose around it is kept. */
export async function renderBenchmarks(results: SizeResult[]): Promise<void> {
  const current = await readFile(benchmarksDoc, 'utf8').catch(() => `# Benchmarks\n\n${BEGIN}\n${END}\n`);
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin === -1 || end === -1) throw new Error(`${benchmarksDoc} lacks the markers around its generated part:\n${BEGIN}\n${END}`);
  const generated = [BEGIN, '', ...results.flatMap(sizeSection), ...scalingSection(results), END].join('\n');
  await writeFile(benchmarksDoc, current.slice(0, begin) + generated + current.slice(end + END.length));
}

const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(1) : n(Math.round(x)));
const rate = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(1) : n(Math.round(x)));

function sizeSection(r: SizeResult): string[] {
  const g = r.graph.summary;
  const notes: string[] = [];
  const note = (text: string) => {
    const existing = notes.indexOf(text);
    if (existing !== -1) return `[^${r.size}-${existing + 1}]`;
    notes.push(text);
    return `[^${r.size}-${notes.length}]`;
  };
  const cells = (m: Measurement | undefined) => {
    if (!m) return ['–', '–', '–'];
    if (m.error) return [`error${note(m.error.length > 300 ? `${m.error.slice(0, 299)}…` : m.error)}`, '–', '–'];
    return [ms(m.p50Ms), ms(m.p95Ms), rate(m.requestsPerSecond)];
  };
  const ratio = (a: Measurement | undefined, b: Measurement | undefined) => (a && b && !a.error && !b.error ? `${(a.p50Ms / b.p50Ms).toFixed(1)}×` : '–');
  const cpu = (m: Measurement | undefined) => (m?.cpuMsPerRequest === undefined || m.error ? '–' : m.cpuMsPerRequest.toFixed(1));
  const rows = r.operations.map((op) => {
    const { api, floor, peer } = op.measurements;
    const answers = (['floor', 'peer'] as const)
      .map((t) => {
        const a = op.answers[t];
        if (a === undefined) return '–';
        if (a === 'same') return 'same';
        return `differs${note(`${op.name}, ${t}: ${a}${t === 'peer' && op.peerDiffers ? ` (expected: ${op.peerDiffers})` : ''}`)}`;
      })
      .join(' / ');
    return `| ${op.name} | ${cells(api).join(' | ')} | ${cpu(api)} | ${op.apiRoundTrips} | ${cells(floor).join(' | ')} | ${cells(peer).join(' | ')} | ${cpu(peer)} | ${ratio(api, floor)} | ${ratio(api, peer)} | ${answers} |`;
  });
  const hasCpu = r.operations.some((op) => op.measurements.api?.cpuMsPerRequest !== undefined);
  return [
    `### ${r.size}: ${n(g.claims)} claims`,
    '',
    `${n(g.claims)} claims, ${n(g.citations)} citations, ${n(g.sources)} sources, ${n(g.entities)} entities, ${n(g.measures)} measures, ` +
      `${n(g.conflicts)} conflicts, ${n(g.relationships)} relationships. Neo4j ${r.neo4j.version}, heap ${r.neo4j.heapSize}, page cache ${r.neo4j.pageCacheSize} ` +
      `(transaction memory cap ${r.neo4j.transactionMemoryCap}, the project's setting). Code: ${r.revision}. Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, load ${r.machine.loadAverage.toFixed(1)} when measuring began. Measured ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC in ${n(r.durationSeconds)} s ` +
      `(graph generated in ${n(r.graph.generationSeconds)} s, kept between runs) with \`${r.command}\`: warm-up ${r.settings.warmupSeconds} s from ${r.settings.concurrency} clients, up to ${r.settings.iterations} requests ` +
      `one at a time for p50/p95, up to ${r.settings.iterations} more from ${r.settings.concurrency} clients at once for requests/s, each phase at most ${r.settings.maxSeconds} s.` +
      (hasCpu ? ' Our API and the peer each ran in a process of their own; CPU is that process\'s time (user and system) per request while the clients were at once.' : ''),
    '',
    '| operation | API p50 ms | API p95 ms | API req/s | API CPU ms/req | API round trips | floor p50 ms | floor p95 ms | floor req/s | peer p50 ms | peer p95 ms | peer req/s | peer CPU ms/req | API ÷ floor (p50) | API ÷ peer (p50) | answers vs ours (floor / peer) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
    ...rows,
    '',
    ...notes.map((text, i) => `[^${r.size}-${i + 1}]: ${text.replace(/\n/g, ' ')}`),
    '',
  ];
}

/** Db hits per request at each size: work that grows with the graph while the answer does not is a scan. */
function scalingSection(results: SizeResult[]): string[] {
  if (results.length === 0) return [];
  const sizes = results.map((r) => r.size);
  const largest = results[results.length - 1]!;
  const byOperation = new Map<string, Map<string, OperationResult>>();
  for (const r of results) for (const op of r.operations) byOperation.set(op.name, (byOperation.get(op.name) ?? new Map()).set(r.size, op));
  const hits = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : n(x));
  const opRows = [...byOperation].map(([name, bySize]) => {
    const api = sizes.map((s) => {
      const op = bySize.get(s);
      return op ? hits(op.profile.api.reduce((sum, q) => sum + (q.dbHits ?? NaN), 0)) : '–';
    });
    const floor = sizes.map((s) => hits(bySize.get(s)?.profile.floor?.dbHits));
    return `| ${name} | ${api.join(' | ')} | ${floor.join(' | ')} |`;
  });

  const byQuery = new Map<string, Map<string, { dbHits: number; operation: string; scans: string }>>();
  for (const r of results) {
    for (const op of r.operations) {
      for (const q of op.profile.api) {
        const perSize = byQuery.get(q.query) ?? new Map();
        const worst = perSize.get(r.size);
        if (!worst || (q.dbHits ?? 0) > worst.dbHits) {
          const scans = q.scans.filter((s) => s.rows > 1000).map((s) => `${s.operator} ${s.details} (${n(s.rows)} rows)`).join('; ');
          perSize.set(r.size, { dbHits: q.dbHits ?? NaN, operation: op.name, scans });
        }
        byQuery.set(q.query, perSize);
      }
    }
  }
  const queryRows = [...byQuery]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([query, perSize]) => {
      const atLargest = perSize.get(largest.size);
      return `| cypher/${query}.cypher | ${sizes.map((s) => hits(perSize.get(s)?.dbHits)).join(' | ')} | ${atLargest?.operation ?? '–'} | ${atLargest?.scans || '–'} |`;
    });
  return [
    '### Db hits per request (PROFILE)',
    '',
    "Every query our API ran for one request of each operation, profiled with the parameters it was sent; the floor's query likewise. " +
      'Work that stays flat while the graph grows a hundredfold is bounded by the answer; work that grows with it is a scan.',
    '',
    `| operation | ${sizes.map((s) => `API ${s}`).join(' | ')} | ${sizes.map((s) => `floor ${s}`).join(' | ')} |`,
    `|---|${sizes.map(() => '--:').join('|')}|${sizes.map(() => '--:').join('|')}|`,
    ...opRows,
    '',
    `Per named query, the most db hits any operation made it do, and the scans (over 1,000 rows) in its plan at ${largest.size}:`,
    '',
    `| query | ${sizes.join(' | ')} | operation (at ${largest.size}) | scans at ${largest.size} |`,
    `|---|${sizes.map(() => '--:').join('|')}|---|---|`,
    ...queryRows,
    '',
  ];
}
