import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * An answer of the audit pages or exports, which writes itself: a whole page, or a stream (an
 * export) written as it is produced so that it never sits in memory whole.
 */
export interface AuditResponse {
  status: number;
  send(res: ServerResponse): Promise<void>;
}

// Pages show data that a reseed can change: a browser may keep them briefly, and must ask again after.
const PAGE_CACHE = 'public, max-age=60';

export function wholeResponse(status: number, type: string, body: string | Buffer, cache = PAGE_CACHE): AuditResponse {
  return {
    status,
    async send(res) {
      res.writeHead(status, { 'content-type': type, 'cache-control': cache, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
  };
}

export function streamedResponse(type: string, filename: string, open: () => Readable): AuditResponse {
  return {
    status: 200,
    async send(res) {
      res.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' });
      await pipeline(open(), res);
    },
  };
}
