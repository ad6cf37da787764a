import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { AuditResponse } from '../audit/audit-response.js';
import type { GraphContext } from '../graphql/context.js';
import { Admission, type AdmissionLimits } from './admission.js';
import { offlineExplorer } from './offline-explorer.js';

const MAX_BODY_BYTES = 1_000_000;

/** A request must arrive whole within this time, so a slow sender cannot hold a slot for long. */
const REQUEST_TIMEOUT_MS = 15_000;

export const DEFAULT_ADMISSION: AdmissionLimits = { maxInFlight: 16, maxQueued: 256, maxWaitMs: 3_000 };
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
export const READINESS_PATH = '/health/ready';

/** How long the 503s of a shutdown get to reach their clients before the connections are cut. */
const SENDING_503_MS = 1_000;

export interface HttpOptions {
  host: string;
  port: number;
  admission?: AdmissionLimits;
  /** How long close() lets requests in flight finish before it cuts their connections. */
  shutdownGraceMs?: number;
}

/** Routes answered beside the API (the audit pages and exports); undefined: not theirs. */
export type PageRoutes = (url: URL) => Promise<AuditResponse | undefined>;

/** Whether the server can answer now: what the readiness endpoint reports. */
export type Readiness = { ready: true; neo4jVersion: string | null } | { ready: false; reason: string };

export interface RunningHttpServer {
  url: string;
  /** Stops accepting, lets requests in flight finish (within the grace time), then stops Apollo. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A thin HTTP adapter: admits the request, hands it to Apollo, writes Apollo's answer. */
export async function startHttpServer(
  apollo: ApolloServer<GraphContext>,
  context: (req: IncomingMessage) => Promise<GraphContext>,
  readiness: () => Promise<Readiness>,
  options: HttpOptions,
  pages: PageRoutes = async () => undefined,
): Promise<RunningHttpServer> {
  await apollo.start();
  const admission = new Admission(options.admission ?? DEFAULT_ADMISSION);
  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) drained?.();
    });
    route(apollo, context, readiness, pages, admission, req, res).catch((error: unknown) => {
      // Answered already: by the shutdown, when the grace time ran out.
      if (res.writableEnded) return;
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'Internal server error';
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(message + '\n');
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}/`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drain = (ms: number) => {
        if (inFlight.size === 0) return Promise.resolve();
        const timer = new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
        return Promise.race([new Promise<void>((resolve) => (drained = resolve)), timer]);
      };
      await drain(options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
      // A request still unanswered gets a 503 its client can retry elsewhere, not a cut connection
      // ("socket hang up"); one whose answer has begun can only be cut.
      for (const res of inFlight) {
        if (res.headersSent) continue;
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1', connection: 'close' });
        res.end('The server is stopping; try again.\n');
      }
      await drain(SENDING_503_MS);
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}

async function route(
  apollo: ApolloServer<GraphContext>,
  context: (req: IncomingMessage) => Promise<GraphContext>,
  readiness: () => Promise<Readiness>,
  pages: PageRoutes,
  admission: Admission,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === READINESS_PATH) {
    const state = await readiness();
    res.writeHead(state.ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(state) + '\n');
    return;
  }
  if (req.method === 'GET') {
    const page = await offlineExplorer(url.pathname);
    if (page) {
      res.writeHead(page.status, { 'content-type': page.type, 'cache-control': 'public, max-age=3600' });
      res.end(page.body);
      return;
    }
  }
  // The body is read before admission: a slow sender holds a connection, not a place in line.
  const body = await readBody(req);
  const release = await admission.enter();
  if (!release) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' });
    res.end('The server is busy with other requests; try again in a second.\n');
    return;
  }
  try {
    // Pages and exports read the graph too, so they wait their turn like GraphQL requests.
    const page = req.method === 'GET' ? await pages(url) : undefined;
    if (res.writableEnded) return;
    if (page) await page.send(res);
    else await graphql(apollo, context, req, res, url, body);
  } finally {
    release();
  }
}

async function graphql(
  apollo: ApolloServer<GraphContext>,
  context: (req: IncomingMessage) => Promise<GraphContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: unknown,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: () => context(req),
  });
  if (res.writableEnded) return;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}
