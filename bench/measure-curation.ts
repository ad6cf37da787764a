import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../src/config/project-root.js';
import { Curation } from '../src/curation/curation.js';
import { reassess } from '../src/curation/reassess.js';
import { namedQuery } from '../src/database/named-query.js';
import { QueryRunner } from '../src/database/query-runner.js';
import { curationRun, LEDGER_TEXT } from '../tests/support/curation-fixture.js';
import { startBenchNeo4j } from './bench-neo4j.js';
import { benchQuery } from './bench-query.js';
import { ensureBenchGraph, parseSize } from './synthetic/synthetic-graph.js';

/**
 * What one curation write costs on a bench graph: an addClaims call of two claims (round trips,
 * time, and where the time goes, query by query), reassessing one measure of 20 claims, and
 * reassessing one part of the corpus's sums (Belize's personnel, with the measures linked to it).
 * Each is timed after a warm-up, over several runs; what it wrote is removed at the end.
 */
const program = new Command('npm run bench:curation --')
  .description('Time one addClaims, the reassessment of a 20-claim measure and of a part of a sum; prints a table and writes bench/results/curation.json.')
  .option('--size <size>', 'bench graph size: corpus, 10k, 100k, 1m', 'corpus')
  .option('--repeat <n>', 'timed runs of each', '7')
  .parse();
const options = program.opts<{ size: string; repeat: string }>();
const say = (line: string) => process.stderr.write(`${line}\n`);
const repeat = Number(options.repeat);

const graph = await startBenchNeo4j(parseSize(options.size).label, { heapSize: '2g', pageCacheSize: '2g', boltPort: 0 }, say);
const run = curationRun();
const timings = new Map<string, number[]>();
const runner = new QueryRunner(graph.driver, 'neo4j', graph.uri, { observe: (name, ms) => timings.set(name, [...(timings.get(name) ?? []), ms]) });
const countClaims = benchQuery<{ measureIds: string[] }, { claims: number }>('count-claims-of-measures');
const removeCurated = namedQuery<{ suffix: string }, never>('remove-curated', path.join(projectRoot, 'tests', 'support', 'cypher'), 'tests/');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  await ensureBenchGraph(graph, parseSize(options.size), say);
  const curation = new Curation(runner);
  const source = run.id('ledger');
  await curation.addSource(run.agent, { id: source, title: 'Bench ledger', text: LEDGER_TEXT });
  const claim = (n: number, day: string) => ({
    id: run.id(`claim-${n}`),
    kind: 'count',
    statement: `Bench claim ${n}.`,
    subject: 'kenya',
    measure: 'mss-personnel-deployed-kenya',
    value: { qualifier: 'exact', amount: 300 + n, unit: 'personnel' },
    time: { on: day },
    citations: [{ quote: 'As of 3 January 2025, Kenya had 380 police officers serving with the mission' }],
  });

  const addTimes: number[] = [];
  let addTrips = 0;
  for (let i = 0; i <= repeat; i++) {
    timings.clear();
    const before = runner.roundTrips;
    const started = performance.now();
    await curation.addClaims(run.agent, { source, claims: [claim(2 * i, '2025-01-03'), claim(2 * i + 1, '2024-06-25')] });
    if (i === 0) continue; // the warm-up plans every query
    addTimes.push(performance.now() - started);
    addTrips = runner.roundTrips - before;
  }
  const perQuery = [...timings].map(([name, ms]) => ({ name, ms: Number(ms.reduce((a, b) => a + b, 0).toFixed(1)) }));

  const measure = run.id('bench-measure');
  await curation.addMeasure(run.agent, { id: measure, name: 'Bench measure of 20 claims', unit: 'personnel', description: 'Bench only.', subject: 'kenya' });
  await curation.addClaims(run.agent, {
    source,
    claims: Array.from({ length: 20 }, (_, n) => ({ ...claim(1000 + n, `2024-${String((n % 12) + 1).padStart(2, '0')}-15`), measure })),
  });
  const reassessTimes: number[] = [];
  let reassessTrips = 0;
  for (let i = 0; i <= repeat; i++) {
    const before = runner.roundTrips;
    const started = performance.now();
    await runner.writeTransaction((tx) => reassess(tx, { measureIds: [measure], claimIds: [] }));
    if (i === 0) continue;
    reassessTimes.push(performance.now() - started);
    reassessTrips = runner.roundTrips - before;
  }

  // A part of two sums (Jamaica and Belize; the total): its reassessment reads every measure linked to it.
  const part = 'mss-personnel-deployed-belize';
  const groupTimes: number[] = [];
  let groupTrips = 0;
  let linked: string[] = [];
  for (let i = 0; i <= repeat; i++) {
    const before = runner.roundTrips;
    const started = performance.now();
    const outcome = await runner.writeTransaction((tx) => reassess(tx, { measureIds: [part], claimIds: [] }));
    if (i === 0) continue;
    groupTimes.push(performance.now() - started);
    groupTrips = runner.roundTrips - before;
    linked = outcome.reassessedMeasureIds;
  }
  const [{ claims: linkedClaims } = { claims: 0 }] = await runner.read(countClaims, { measureIds: linked });

  const results = {
    measuredAt: new Date().toISOString(),
    size: options.size,
    runs: repeat,
    addClaims: { claims: 2, roundTrips: addTrips, medianMs: Number(median(addTimes).toFixed(1)), slowestMs: Number(Math.max(...addTimes).toFixed(1)), lastRunByQuery: perQuery },
    reassess: { claims: 20, roundTrips: reassessTrips, medianMs: Number(median(reassessTimes).toFixed(1)), slowestMs: Number(Math.max(...reassessTimes).toFixed(1)) },
    reassessPartOfSum: { measure: part, measuresReassessed: linked.length, claims: linkedClaims, roundTrips: groupTrips, medianMs: Number(median(groupTimes).toFixed(1)), slowestMs: Number(Math.max(...groupTimes).toFixed(1)) },
  };
  console.log(`| write (${options.size} graph) | round trips | median ms | slowest ms |\n|---|---:|---:|---:|`);
  console.log(`| addClaims, 2 claims, one measure of ~10 | ${results.addClaims.roundTrips} | ${results.addClaims.medianMs} | ${results.addClaims.slowestMs} |`);
  console.log(`| reassess one measure of 20 claims | ${results.reassess.roundTrips} | ${results.reassess.medianMs} | ${results.reassess.slowestMs} |`);
  console.log(`| reassess ${part} (part of 2 sums: ${linked.length} linked measures, ${linkedClaims} claims) | ${groupTrips} | ${results.reassessPartOfSum.medianMs} | ${results.reassessPartOfSum.slowestMs} |`);
  console.log(`\naddClaims, last run, by query: ${perQuery.map((q) => `${q.name} ${q.ms} ms`).join('; ')}`);
  await mkdir(path.join(projectRoot, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(projectRoot, 'bench', 'results', 'curation.json'), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  // What the bench wrote leaves, and the measure it added claims to is assessed as before.
  await runner.write(removeCurated, { suffix: run.suffix });
  await runner.writeTransaction((tx) => reassess(tx, { measureIds: ['mss-personnel-deployed-kenya'], claimIds: [] }));
  await graph.close();
}
