import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { connectGraph } from '../../src/database/graph-connection.js';
import { LocalNeo4jError, localNeo4jStatus, pinnedNeo4jVersion, startLocalNeo4j } from '../../src/database/local-neo4j/index.js';
import { isAlive, isNeo4jProcess, writePidRecord } from '../../src/database/local-neo4j/instance.js';
import { freePort, testCacheDir } from '../global-setup.js';
import { useScratchInstances } from '../support/scratch-neo4j.js';

const scratchInstance = useScratchInstances();

async function rejection(promise: Promise<unknown>): Promise<LocalNeo4jError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LocalNeo4jError);
  return error as LocalNeo4jError;
}

describe('the project-owned local Neo4j', () => {
  it('pins a Neo4j 5.26 LTS patch release', async () => {
    expect(await pinnedNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('refuses a port another program holds, naming the port and the setting to change', async () => {
    const port = await freePort();
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const error = await rejection(startLocalNeo4j({ cacheDir: testCacheDir, instanceDir: await scratchInstance(), boltPort: port, password: 'a-password-1' }));
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain(`Port ${port}`);
      expect(error.message).toContain('NEO4J_BOLT_PORT');
    } finally {
      holder.close();
    }
  });

  it.runIf(inject('neo4j').via === 'local')('refuses to start a second server on an instance that is running', async () => {
    const { instanceDir, uri } = inject('neo4j');
    const status = await localNeo4jStatus({ instanceDir: instanceDir!, boltPort: 0 });
    expect(status).toMatchObject({ state: 'running', uri });
    const error = await rejection(startLocalNeo4j({ cacheDir: testCacheDir, instanceDir: instanceDir!, boltPort: await freePort(), password: 'unused-pw-1' }));
    expect(error.code).toBe('ALREADY_RUNNING');
    expect(error.message).toContain('npm run neo4j:stop');
  });

  it('stops cleanly, leaves no process behind, and keeps its data for the next start', async () => {
    const instanceDir = await scratchInstance();
    const options = { cacheDir: testCacheDir, instanceDir, boltPort: await freePort(), password: 'persist-pw-1' };
    const first = await startLocalNeo4j(options);
    const auth = neo4j.auth.basic('neo4j', options.password);
    let driver = neo4j.driver(first.uri, auth);
    await driver.executeQuery("CREATE (:Probe {name: 'kept'})");
    await driver.close();
    await first.stop();
    expect(() => process.kill(first.pid, 0)).toThrow();
    expect((await localNeo4jStatus(options)).state).toBe('stopped');

    const second = await startLocalNeo4j(options);
    driver = neo4j.driver(second.uri, auth);
    const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
    await driver.close();
    await second.stop();
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
  });

  it('refuses a password other than the one the database was created with, and says what to do', async () => {
    const instanceDir = await scratchInstance();
    const options = { cacheDir: testCacheDir, instanceDir, boltPort: await freePort(), password: '-first-pw-11' }; // a leading dash must not read as an option
    await (await startLocalNeo4j(options)).stop();
    const error = await rejection(startLocalNeo4j({ ...options, password: 'other-pw-22' }));
    expect(error.code).toBe('PASSWORD_MISMATCH');
    expect(error.message).toContain('NEO4J_PASSWORD');
    expect((await localNeo4jStatus(options)).state).toBe('stopped');
  });

  it('recovers from a killed server: reports the stale pid file, then starts again on the same data', async () => {
    const instanceDir = await scratchInstance();
    const options = { cacheDir: testCacheDir, instanceDir, boltPort: await freePort(), password: 'killed-pw-1' };
    const killed = (await startLocalNeo4j(options)).pid;
    process.kill(killed, 'SIGKILL');
    await expect.poll(() => isAlive(killed), { timeout: 10_000 }).toBe(false);
    expect(await localNeo4jStatus(options)).toEqual({ state: 'stale-pid', pid: killed });

    const restarted = await startLocalNeo4j(options);
    const driver = neo4j.driver(restarted.uri, neo4j.auth.basic('neo4j', options.password));
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    await driver.close();
    await restarted.stop();
    expect(restarted.pid).not.toBe(killed);
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it('adopts a server whose owner is gone (an npm start killed with SIGKILL), says so, and stops it when done', async () => {
    const instanceDir = await scratchInstance();
    const boltPort = await freePort();
    const password = 'orphan-pw-1';
    const server = await startLocalNeo4j({ cacheDir: testCacheDir, instanceDir, boltPort, password });
    // What a killed owner leaves in the pid file: its pid, now of no process.
    const gone = spawnSync('true').pid;
    await writePidRecord(instanceDir, { pid: server.pid, boltPort, ownerPid: gone });
    expect(await localNeo4jStatus({ instanceDir, boltPort })).toEqual({ state: 'orphaned', pid: server.pid, uri: server.uri, ownerPid: gone });

    const lines: string[] = [];
    const target = { kind: 'local', boltPort, user: 'neo4j', password, database: 'neo4j', cacheDir: testCacheDir, instanceDir, heapSize: '512m', pageCacheSize: '256m' } as const;
    const graph = await connectGraph(target, { log: (line) => lines.push(line) });
    expect(lines.join('\n')).toContain(`Adopting the local Neo4j (pid ${server.pid}) that an earlier claimgraph (pid ${gone}, no longer running) left behind`);
    expect(await localNeo4jStatus({ instanceDir, boltPort })).toMatchObject({ state: 'running', ownerPid: process.pid });
    await graph.close();
    expect(isNeo4jProcess(server.pid)).toBe(false);
  });

  it('stops only the server it started, not one that took its place in the pid file', async () => {
    const instanceDir = await scratchInstance();
    const options = { cacheDir: testCacheDir, instanceDir, boltPort: await freePort(), password: 'replaced-pw-1' };
    const ours = await startLocalNeo4j(options);
    process.kill(ours.pid, 'SIGKILL');
    await expect.poll(() => isAlive(ours.pid), { timeout: 10_000 }).toBe(false);
    const replacement = await startLocalNeo4j({ ...options, detached: true });
    await ours.stop();
    expect(isNeo4jProcess(replacement.pid)).toBe(true);
    await replacement.stop();
    expect(isNeo4jProcess(replacement.pid)).toBe(false);
  });
});
