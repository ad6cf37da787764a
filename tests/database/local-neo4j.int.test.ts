import { createServer, type Server } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { LocalNeo4jError, localNeo4jStatus, pinnedNeo4jVersion, startLocalNeo4j } from '../../src/database/local-neo4j/index.js';
import { freePort, testCacheDir } from '../global-setup.js';
import { useScratchInstances } from '../support/scratch-neo4j.js';

const scratchInstance = useScratchInstances();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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
});
