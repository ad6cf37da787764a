import type { Logger } from 'pino';
import { auditRoutes } from './audit/audit-routes.js';
import { ConfigError, type Config } from './config/config.js';
import { portIsFree } from './config/port-probe.js';
import { connectGraph, type GraphConnection } from './database/graph-connection.js';
import { migrate } from './database/migrations.js';
import type { QueryRunner } from './database/query-runner.js';
import { CursorCodec } from './graph/cursor.js';
import { readHealth } from './graph/health.js';
import { RootQueryPlanning } from './graph/plan-root-queries.js';
import { createApolloServer, type ApolloOptions } from './graphql/apollo-server.js';
import { createContext } from './graphql/context.js';
import { startHttpServer, type HttpOptions, type Readiness, type RunningHttpServer } from './http/http-server.js';
import { loadSeedIntoGraph } from './ingestion/load-seed.js';

export interface RunningApp {
  url: string;
  graph: GraphConnection;
  close(): Promise<void>;
}

export interface ApiOptions extends ApolloOptions {
  cursorSecret?: string;
  /** READS_NEED_TOKEN: GraphQL reads need a token too (mutations always do). */
  readsNeedToken?: boolean;
  /** Plan the root queries in the background at start and after each outage; not ready until done. */
  planAhead?: boolean;
}

/** The API and the audit pages over a graph connection someone else opened (the app below, or a test). */
export async function serveApi(runner: QueryRunner, listen: HttpOptions, options: ApiOptions = {}): Promise<RunningHttpServer> {
  const cursors = new CursorCodec(options.cursorSecret);
  const apollo = createApolloServer(options);
  const policy = { readsNeedToken: options.readsNeedToken ?? false };
  const planning = options.planAhead ? new RootQueryPlanning(runner, options.log) : undefined;
  planning?.start();
  try {
    const http = await startHttpServer(apollo, (req) => createContext(runner, cursors, req, policy), () => readiness(runner, planning), listen, auditRoutes(runner, cursors));
    return {
      url: http.url,
      close() {
        planning?.stop();
        return http.close();
      },
    };
  } catch (error) {
    planning?.stop();
    throw error;
  }
}

/**
 * Ready when Neo4j answers and the root queries are planned: until then the first requests would
 * each wait seconds for a plan (longer than QUERY_TIMEOUT_MS on a slow machine), so a load
 * balancer should send them elsewhere.
 */
async function readiness(runner: QueryRunner, planning: RootQueryPlanning | undefined): Promise<Readiness> {
  const health = await readHealth(runner).catch(() => undefined);
  if (!health) return { ready: false, reason: 'Neo4j answered with an error; see the server log.' };
  if (!health.database) return { ready: false, reason: 'Neo4j is not reachable.' };
  if (planning && !planning.finished) return { ready: false, reason: 'Planning the root queries (after start, or after Neo4j came back).' };
  return { ready: true, neo4jVersion: health.neo4jVersion };
}

/**
 * Wires the parts: a Neo4j (the local one unless configured), its schema, the seed, the API. The
 * HTTP port is checked first, so that a second `npm start` fails before it touches the database.
 */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const { host, port } = config.http;
  if (!(await portIsFree(host, port))) {
    throw new ConfigError([`PORT: ${port} on ${host} is already in use (another claimgraph?); choose another with PORT=<port>, or stop that program`]);
  }
  const say = (line: string) => log.info(line);
  const graph = await connectGraph(config.neo4j, { log: say, availabilityLog: log, queryTimeoutMs: config.api.queryTimeoutMs });
  let http: RunningHttpServer;
  try {
    say(`Connected to Neo4j at ${graph.uri}`);
    await migrate(graph.runner, say);
    if (config.seedOnStart) await loadSeedIntoGraph(graph.runner, { log: say });
    // The root queries are planned in the background: on a busy machine that takes longer than a
    // start should wait; readiness reports it.
    http = await serveApi(graph.runner, config.http, { log, costBudget: config.api.costBudget, cursorSecret: config.api.cursorSecret, readsNeedToken: config.api.readsNeedToken, planAhead: true });
  } catch (error) {
    await graph.close();
    throw error;
  }
  return {
    url: http.url,
    graph,
    async close() {
      await http.close();
      await graph.close();
    },
  };
}
