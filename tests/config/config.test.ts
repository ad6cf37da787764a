import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/config/project-root.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration from the environment', () => {
  it('uses the project-owned local Neo4j and port 4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ kind: 'local', boltPort: 7687, user: 'neo4j', database: 'neo4j' });
    expect(config.neo4j.kind === 'local' && config.neo4j.instanceDir).toBe(path.join(projectRoot, '.neo4j', 'instances', 'default'));
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 4000, shutdownGraceMs: 10_000, admission: { maxInFlight: 16, maxQueued: 256, maxWaitMs: 3_000 } });
    expect(config.seedOnStart).toBe(true);
  });

  it('uses the Neo4j that NEO4J_URI names, and starts none of its own', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://graph.example.org:7687', NEO4J_PASSWORD: 'a-long-secret' });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://graph.example.org:7687',
      user: 'neo4j',
      password: 'a-long-secret',
      database: 'neo4j',
    });
  });

  it('rejects a NEO4J_URI that is not a URI, naming the variable and an example', () => {
    const [problem] = problemsOf({ NEO4J_URI: 'localhost:7687:extra' });
    expect(problem).toMatch(/^NEO4J_URI: /);
    expect(problem).toMatch(/bolt:\/\/|not a Neo4j driver scheme/);
  });

  it('rejects an http:// NEO4J_URI and lists the schemes the driver speaks', () => {
    const [problem] = problemsOf({ NEO4J_URI: 'http://localhost:7474' });
    expect(problem).toContain('NEO4J_URI');
    expect(problem).toContain('"http:"');
    expect(problem).toContain('bolt://');
  });

  it('reports every bad setting at once', () => {
    const problems = problemsOf({ PORT: 'eighty', NEO4J_BOLT_PORT: '70000', SEED_ON_START: 'maybe' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT: must be a number/);
    expect(problems.join('\n')).toMatch(/NEO4J_BOLT_PORT: must be 1-65535/);
    expect(problems.join('\n')).toMatch(/SEED_ON_START: must be true or false/);
  });

  it('says where to read about configuration', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow(/README\.md/);
  });
});
