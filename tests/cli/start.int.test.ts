import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ENTRY, buildApi } from '../../bench/targets/api-process.js';
import { projectRoot } from '../../src/config/project-root.js';
import { isNeo4jProcess } from '../../src/database/local-neo4j/instance.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/database/local-neo4j/index.js';
import { freePort, testCacheDir } from '../global-setup.js';
import { useScratchInstances } from '../support/scratch-neo4j.js';

const scratchInstance = useScratchInstances();

/** Apps a test started and may not have stopped (a failed assertion): killed when the file ends. */
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

/** What `npm start` runs (package.json) once it has compiled src/: one Node process. */
const START = [API_ENTRY];
beforeAll(buildApi);

interface StartedApp {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` as a user runs it (its own Neo4j under CLAIMGRAPH_HOME), until it says where it serves. */
async function npmStart(env: Record<string, string>): Promise<StartedApp> {
  const child = spawn(process.execPath, START, {
    cwd: projectRoot,
    env: { ...process.env, LOG_LEVEL: 'info', SEED_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /API and Apollo Sandbox at (http:\/\/\S+\/)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited (${code}) before serving:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

/** A POST whose headers and first half of body are sent now, the rest when finish() is called. */
function halfSentRequest(url: string, query: string) {
  const body = Buffer.from(JSON.stringify({ query }));
  const half = Math.floor(body.length / 2);
  const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
  });
  request.write(body.subarray(0, half));
  return {
    finish: () => {
      request.end(body.subarray(half));
      return response;
    },
  };
}


/** Planning the root queries on a fresh Neo4j: 60-120 s on a 2-core machine at a load of 10-14. */
const READY_MS = 240_000;

describe('npm start', () => {
  it('on Ctrl-C: stops accepting, finishes the requests in flight, then stops the Neo4j it started', { timeout: READY_MS + 240_000 }, async () => {
    const home = await scratchInstance();
    const env = { CLAIMGRAPH_HOME: home, NEO4J_BOLT_PORT: String(await freePort()), PORT: String(await freePort()), NEO4J_PASSWORD: 'start-test-pw', SEED_ON_START: 'true' };
    const app = await npmStart(env);
    const instanceDir = path.join(home, 'instances', 'default');
    const status = await localNeo4jStatus({ instanceDir, boltPort: Number(env.NEO4J_BOLT_PORT) });
    expect(status).toMatchObject({ state: 'running', ownerPid: app.child.pid });
    const neo4jPid = (status as { pid: number }).pid;
    // What a load balancer waits for before it sends requests: until the root queries are planned,
    // the first requests would each plan one, for longer than the shutdown grace on a slow machine.
    const serving = Date.now();
    await expect.poll(async () => (await fetch(`${app.url}health/ready`)).status, { timeout: READY_MS, interval: 500 }).toBe(200);
    expect(app.output()).toMatch(/Planned the root queries ahead in \d+\.\d s\./);
    console.log(`npm start: ready ${((Date.now() - serving) / 1000).toFixed(1)} s after it served`);

    // Ten requests in flight, whatever the machine's speed: their bodies arrive in two halves, the
    // second after Ctrl-C. The server must wait for them and answer each.
    const inFlight = Array.from({ length: 10 }, () => halfSentRequest(app.url, '{ claims(filter: { source: "wikipedia-mss" }) { totalCount } }'));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const stopping = Date.now();
    app.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await fetch(app.url, { method: 'POST' }).then(() => 'answered', () => 'refused')).toBe('refused');
    const answers = await Promise.all(inFlight.map((request) => request.finish()));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    for (const answer of answers) expect(JSON.parse(answer.body)).toEqual({ data: { claims: { totalCount: expect.any(Number) } } });

    expect(await app.exited).toBe(0);
    const stopSeconds = (Date.now() - stopping) / 1000;
    expect(app.output()).toMatch(/Stopped in \d+\.\d s\./);
    expect(isNeo4jProcess(neo4jPid)).toBe(false);
    console.log(`npm start: stopped ${stopSeconds.toFixed(1)} s after Ctrl-C, with 10 requests finished after it`);
  });

  it('leaves running a Neo4j that npm run neo4j:start started, and refuses a second start on a port in use', { timeout: 240_000 }, async () => {
    const home = await scratchInstance();
    const boltPort = await freePort();
    const instanceDir = path.join(home, 'instances', 'default');
    const password = 'start-test-pw';
    const neo4j = await startLocalNeo4j({ cacheDir: testCacheDir, instanceDir, boltPort, password, detached: true });
    try {
      const env = { CLAIMGRAPH_HOME: home, NEO4J_BOLT_PORT: String(boltPort), PORT: String(await freePort()), NEO4J_PASSWORD: password };
      const app = await npmStart(env);
      expect(app.output()).toContain('started by npm run neo4j:start');

      const second = spawn(process.execPath, START, {
        cwd: projectRoot,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let secondOutput = '';
      second.stderr!.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
      second.stdout!.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
      const secondCode = await new Promise((resolve) => second.once('exit', resolve));
      expect(secondCode).toBe(1);
      expect(secondOutput).toContain(`PORT: ${env.PORT} on 127.0.0.1 is already in use`);
      expect(secondOutput).not.toMatch(/\n\s+at /);
      expect(secondOutput).not.toMatch(/Connected to Neo4j|Writing /);

      app.child.kill('SIGINT');
      expect(await app.exited).toBe(0);
      expect(isNeo4jProcess(neo4j.pid)).toBe(true);
    } finally {
      await stopLocalNeo4j({ instanceDir });
    }
  });

  it('prints a configuration error alone, without a stack trace, and exits 1', async () => {
    const child = spawn(process.execPath, START, {
      cwd: projectRoot,
      env: { ...process.env, PORT: 'eighty', NEO4J_URI: 'http://nope' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(output).toContain('PORT: must be a number');
    expect(output).toContain('NEO4J_URI');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
