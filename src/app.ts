import type { Logger } from 'pino';
import { auditRoutes } from './audit/audit-routes.js';
import type { Config } from './config/config.js';
import { connectGraph, type GraphConnection } from './database/graph-connection.js';
import { migrate } from './database/migrations.js';
import type { QueryRunner } from './database/query-runner.js';
import { createApolloServer } from './graphql/apollo-server.js';
import { createContext } from './graphql/context.js';
import { startHttpServer, type RunningHttpServer } from './http/http-server.js';
import { loadSeedIntoGraph } from './ingestion/load-seed.js';

export interface RunningApp {
  url: string;
  graph: GraphConnection;
  close(): Promise<void>;
}

/** The API and the audit pages over a graph connection someone else opened (the app below, or a test). */
export function serveApi(runner: QueryRunner, listen: Config['http'], log?: Logger): Promise<RunningHttpServer> {
  return startHttpServer(createApolloServer(log), async () => createContext(runner), listen, auditRoutes(runner));
}

/** Wires the parts: a Neo4j (the local one unless configured), its schema, the seed, the API. */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const say = (line: string) => log.info(line);
  const graph = await connectGraph(config.neo4j, { log: say });
  let http: RunningHttpServer;
  try {
    say(`Connected to Neo4j at ${graph.uri}`);
    await migrate(graph.runner, say);
    if (config.seedOnStart) await loadSeedIntoGraph(graph.runner, { log: say });
    http = await serveApi(graph.runner, config.http, log);
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
