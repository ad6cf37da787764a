import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { projectRoot } from '../src/config/project-root.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/database/local-neo4j/index.js';
import { freePort } from '../src/config/port-probe.js';
import { API_ENTRY, buildApi } from './targets/api-process.js';

const positive = (value: string) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return parsed;
};

const options = new Command('npm run bench:hardening --')
  .description(
    'Measures what docs/operations.md promises, on the real app (npm start over the corpus) and a local Neo4j it does not own: ' +
      'the fan-out request, peak memory under many clients, the outage timeline (Neo4j stopped, then started again) and ' +
      'shutdown under load. Prints the results and writes bench/results/hardening.json.',
  )
  .addOption(new Option('--clients <n>', 'concurrent clients in the memory run').default(500).argParser(positive))
  .addOption(new Option('--seconds <n>', 'length of the memory run').default(20).argParser(positive))
  .parse()
  .opts<{ clients: number; seconds: number }>();

const home = path.join(projectRoot, '.neo4j', 'instances', 'bench-hardening');
const neo4jOptions = { cacheDir: path.join(projectRoot, '.neo4j'), instanceDir: home, boltPort: await freePort(), password: 'hardening-pw', detached: true };
const say = (line: string) => process.stdout.write(`${line}\n`);

/** The fan-out request of issue 7: 20 aliases of claims(first: $n) following citations seven levels down. */
function fanOut(aliases: number): string {
  const chain = 'citations { source { citations { claims { citations { source { citations { id quote } } } } } } }';
  return `query FanOut($n: Int) { ${Array.from({ length: aliases }, (_, i) => `a${i}: claims(first: $n) { edges { node { id ${chain} } } }`).join(' ')} }`;
}

const AUDIT_QUERY = '{ claims(first: 20, filter: { source: "wikipedia-mss" }) { totalCount edges { node { id statement citations { quote context(chars: 80) source { title } } support { status } } } } }';

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: await response.text(), ms: performance.now() - started };
  } catch (error) {
    return { status: 0, body: (error as Error).message, ms: performance.now() - started };
  }
}

interface App {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function startApp(boltUri: string): Promise<App> {
  const port = await freePort();
  buildApi();
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: boltUri, NEO4J_PASSWORD: neo4jOptions.password, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}/`;
  for (;;) {
    if ((await fetch(`${url}health/ready`).then((r) => r.status, () => 0)) === 200) return { child, url, exited };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** `clients` closed-loop clients for `seconds`, sampling the API's RSS every 100 ms. */
async function load(app: App, clients: number, seconds: number) {
  const statuses = new Map<number, number>();
  let peakRss = rssMb(app.child.pid!);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(app.child.pid!))), 100);
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const { status, ms } = await post(app.url, AUDIT_QUERY);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) latencies.push(ms);
        if (status === 503) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }),
  );
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  return { clients, seconds, peakRssMb: Math.round(peakRss), statuses: Object.fromEntries(statuses), p50Ms: Math.round(latencies[Math.floor(latencies.length / 2)] ?? NaN) };
}

say(`Starting a Neo4j of its own in ${home} ...`);
let neo4j = await startLocalNeo4j({ ...neo4jOptions, log: say });
const app = await startApp(neo4j.uri);
const results: Record<string, unknown> = { measuredAt: new Date().toISOString() };

const rssBefore = rssMb(app.child.pid!);
const fan = await post(app.url, fanOut(20), { n: 100 });
results.fanOut = { status: fan.status, ms: Math.round(fan.ms), code: /"code":"(\w+)"/.exec(fan.body)?.[1], rssBeforeMb: Math.round(rssBefore), rssAfterMb: Math.round(rssMb(app.child.pid!)) };
say(`fan-out request: ${JSON.stringify(results.fanOut)}`);

results.load = await load(app, options.clients, options.seconds);
say(`${options.clients} clients: ${JSON.stringify(results.load)}`);

// The outage: Neo4j stopped while a client keeps asking once every 100 ms, then started again.
const outage: { firstErrorMs?: number; firstErrorStatus?: number; errorsMaxMs?: number; recoveredAfterBoltMs?: number } = {};
let asking = true;
const errorTimes: number[] = [];
let stoppedAt = 0;
let boltBackAt = 0;
const asker = (async () => {
  while (asking) {
    const { status, ms } = await post(app.url, AUDIT_QUERY);
    if (stoppedAt && status !== 200) {
      outage.firstErrorMs ??= Math.round(performance.now() - stoppedAt);
      outage.firstErrorStatus ??= status;
      errorTimes.push(ms);
    }
    if (boltBackAt && status === 200 && outage.recoveredAfterBoltMs === undefined) outage.recoveredAfterBoltMs = Math.round(performance.now() - boltBackAt);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();
await new Promise((resolve) => setTimeout(resolve, 1000));
stoppedAt = performance.now();
await stopLocalNeo4j({ instanceDir: home });
await new Promise((resolve) => setTimeout(resolve, 10_000));
neo4j = await startLocalNeo4j({ ...neo4jOptions, log: say });
boltBackAt = performance.now();
await new Promise((resolve) => setTimeout(resolve, 5_000));
asking = false;
await asker;
outage.errorsMaxMs = Math.round(Math.max(...errorTimes));
results.outage = outage;
say(`outage: ${JSON.stringify(outage)}`);

// Shutdown under load: 100 clients asking, then SIGINT.
const inFlight = Array.from({ length: 100 }, () => post(app.url, AUDIT_QUERY));
await new Promise((resolve) => setTimeout(resolve, 20));
const stopping = performance.now();
app.child.kill('SIGINT');
const answers = await Promise.all(inFlight);
const code = await app.exited;
results.shutdown = {
  exitCode: code,
  seconds: Number(((performance.now() - stopping) / 1000).toFixed(1)),
  answered: answers.filter((a) => a.status === 200).length,
  failed: answers.filter((a) => a.status !== 200).length,
};
say(`shutdown under load: ${JSON.stringify(results.shutdown)}`);

await stopLocalNeo4j({ instanceDir: home });
await mkdir(path.join(projectRoot, 'bench', 'results'), { recursive: true });
await writeFile(path.join(projectRoot, 'bench', 'results', 'hardening.json'), JSON.stringify(results, null, 2) + '\n');
say('Wrote bench/results/hardening.json');
