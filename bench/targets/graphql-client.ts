import http from 'node:http';

export interface GraphQLResult {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Posts GraphQL operations over kept-alive connections (node:http, lighter than fetch), so that the
 * client's own cost stays small beside the server's.
 */
export class GraphQLClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly target: URL;

  constructor(url: string) {
    this.target = new URL(url);
  }

  post(query: string, variables: Record<string, unknown>): Promise<GraphQLResult> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.target,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve(JSON.parse(text) as GraphQLResult);
            } catch {
              reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
