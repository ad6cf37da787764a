import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_QUERY_TIMEOUT_MS } from '../database/query-runner.js';
import { COST_BUDGET } from '../graphql/request-cost.js';
import { DEFAULT_ADMISSION, DEFAULT_SHUTDOWN_GRACE_MS } from '../http/http-server.js';
import { projectRoot } from './project-root.js';

const BOLT_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

const neo4jUri = z.string().trim().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a URI; expected e.g. bolt://localhost:7687 or neo4j+s://host:7687` });
    return;
  }
  if (!BOLT_SCHEMES.includes(url.protocol)) {
    ctx.addIssue({
      code: 'custom',
      message: `scheme "${url.protocol}" is not a Neo4j driver scheme; use one of ${BOLT_SCHEMES.map((s) => s + '//').join(', ')}`,
    });
  }
  if (!url.hostname) {
    ctx.addIssue({ code: 'custom', message: `"${value}" names no host` });
  }
});

const port = (fallback: number) =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535').default(fallback);

const count = (fallback: number, min = 1) =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(min, `must be at least ${min}`).default(fallback);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(fallback);

/** Every setting claimgraph reads from the environment; README's Configuration table mirrors this. */
const environmentSchema = z.object({
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j 5 refuses shorter passwords)').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port(7687),
  CLAIMGRAPH_HOME: z.string().min(1).default(path.join(projectRoot, '.neo4j')),
  NEO4J_HEAP_SIZE: z.string().regex(/^\d+[kmgKMG]$/, 'must look like 512m or 2g').default('512m'),
  NEO4J_PAGECACHE_SIZE: z.string().regex(/^\d+[kmgKMG]$/, 'must look like 256m or 1g').default('256m'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  SEED_ON_START: flag(true),
  // The defaults live beside the code they tune; README's table repeats them.
  HTTP_MAX_IN_FLIGHT: count(DEFAULT_ADMISSION.maxInFlight),
  HTTP_MAX_QUEUED: count(DEFAULT_ADMISSION.maxQueued, 0),
  HTTP_QUEUE_WAIT_MS: count(DEFAULT_ADMISSION.maxWaitMs, 0),
  SHUTDOWN_GRACE_MS: count(DEFAULT_SHUTDOWN_GRACE_MS, 0),
  QUERY_TIMEOUT_MS: count(DEFAULT_QUERY_TIMEOUT_MS, 100),
  GRAPHQL_COST_BUDGET: count(COST_BUDGET),
  READS_NEED_TOKEN: flag(false),
  CURSOR_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = z.infer<typeof environmentSchema>;

/** Where the graph lives: a Neo4j the user named, or the project's own local server. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string | undefined; database: string }
  | {
      kind: 'local';
      boltPort: number;
      user: string;
      password: string | undefined;
      database: string;
      cacheDir: string;
      instanceDir: string;
      heapSize: string;
      pageCacheSize: string;
    };

export interface Config {
  neo4j: Neo4jTarget;
  http: { host: string; port: number; admission: { maxInFlight: number; maxQueued: number; maxWaitMs: number }; shutdownGraceMs: number };
  api: { costBudget: number; cursorSecret: string | undefined; queryTimeoutMs: number; readsNeedToken: boolean };
  seedOnStart: boolean;
  logLevel: Environment['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee "Configuration" in README.md.`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once, at start-up; the rest of the app trusts the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const neo4j: Neo4jTarget = e.NEO4J_URI
    ? { kind: 'external', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
    : {
        kind: 'local',
        boltPort: e.NEO4J_BOLT_PORT,
        user: e.NEO4J_USER,
        password: e.NEO4J_PASSWORD,
        database: e.NEO4J_DATABASE,
        cacheDir: e.CLAIMGRAPH_HOME,
        instanceDir: path.join(e.CLAIMGRAPH_HOME, 'instances', 'default'),
        heapSize: e.NEO4J_HEAP_SIZE,
        pageCacheSize: e.NEO4J_PAGECACHE_SIZE,
      };
  return {
    neo4j,
    http: {
      host: e.HOST,
      port: e.PORT,
      admission: { maxInFlight: e.HTTP_MAX_IN_FLIGHT, maxQueued: e.HTTP_MAX_QUEUED, maxWaitMs: e.HTTP_QUEUE_WAIT_MS },
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    },
    api: { costBudget: e.GRAPHQL_COST_BUDGET, cursorSecret: e.CURSOR_SECRET, queryTimeoutMs: e.QUERY_TIMEOUT_MS, readsNeedToken: e.READS_NEED_TOKEN },
    seedOnStart: e.SEED_ON_START,
    logLevel: e.LOG_LEVEL,
  };
}
