import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveApi, type ApiOptions } from '../../src/app.js';
import { createLogger } from '../../src/config/logger.js';
import { projectRoot } from '../../src/config/project-root.js';
import type { RunningHttpServer } from '../../src/http/http-server.js';
import type { QueryRunner } from '../../src/database/query-runner.js';
import { PLAN_AHEAD_TIMEOUT_MS, planRootQueries } from '../../src/graph/plan-root-queries.js';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argumentName?: string; problems?: { code: string; path: string; message: string; positions?: number[] }[] } }[];
}

/**
 * The API served over real HTTP on a free port, and a client that posts operations to it. It is
 * returned once its root queries are planned, when the app's /health/ready would say ready: on a
 * fresh Neo4j a cold plan can take longer than the query timeout, and a test's first requests at
 * once would each plan it.
 */
export interface ApiClient {
  url: string;
  /** `token`: sent as Authorization: Bearer <token>. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startApi(runner: QueryRunner, options: ApiOptions = {}): Promise<ApiClient> {
  // As the app does, a failed round is no reason not to serve: a test of Neo4j being down starts its API so.
  await planRootQueries(runner.withTimeout(PLAN_AHEAD_TIMEOUT_MS)).catch(() => undefined);
  const http: RunningHttpServer = await serveApi(runner, { host: '127.0.0.1', port: 0 }, { log: createLogger('error'), ...options });
  return {
    url: http.url,
    async query<T>(query: string, variables?: Record<string, unknown>, token?: string) {
      const response = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
    },
    close: () => http.close(),
  };
}

/** An example operation from docs/operations, as a newcomer would paste it into the Sandbox. */
export function exampleOperation(name: string): Promise<string> {
  return readFile(path.join(projectRoot, 'docs', 'operations', name), 'utf8');
}

export interface ConnectionPage<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/** Every node of the connection at data[field], following endCursor (passed as $after) page after page. */
export async function everyNode<N>(api: ApiClient, query: string, field: string, variables: Record<string, unknown> = {}) {
  const nodes: N[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const { data, errors }: GraphQLResponse<Record<string, ConnectionPage<N>>> = await api.query(query, { ...variables, after });
    if (errors || !data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(errors)}`);
    const page: ConnectionPage<N> = data[field];
    total = page.totalCount;
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { nodes, total };
}
