import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { AuditResponse } from '../audit/audit-response.js';
import type { GraphContext } from '../graphql/context.js';
import { offlineExplorer } from './offline-explorer.js';

const MAX_BODY_BYTES = 1_000_000;

export interface RunningHttpServer {
  url: string;
  close(): Promise<void>;
}

/** Routes answered beside the API (the audit pages and exports); undefined: not theirs. */
export type PageRoutes = (url: URL) => Promise<AuditResponse | undefined>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A thin HTTP adapter: reads the request, hands it to Apollo, writes Apollo's answer. */
export async function startHttpServer(
  apollo: ApolloServer<GraphContext>,
  context: () => Promise<GraphContext>,
  listen: { host: string; port: number },
  pages: PageRoutes = async () => undefined,
): Promise<RunningHttpServer> {
  await apollo.start();
  const server = http.createServer((req, res) => {
    handle(apollo, context, pages, req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'Internal server error';
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(message + '\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host === '0.0.0.0' || listen.host === '::' ? 'localhost' : listen.host;
  return {
    url: `http://${host}:${port}/`,
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

async function handle(
  apollo: ApolloServer<GraphContext>,
  context: () => Promise<GraphContext>,
  pages: PageRoutes,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET') {
    const page = await offlineExplorer(url.pathname);
    if (page) {
      res.writeHead(page.status, { 'content-type': page.type, 'cache-control': 'public, max-age=3600' });
      res.end(page.body);
      return;
    }
    const audit = await pages(url);
    if (audit) return audit.send(res);
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: await readBody(req) },
    context,
  });
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
