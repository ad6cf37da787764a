import type { Readable } from 'node:stream';
import { streamedResponse, wholeResponse, type AuditResponse } from '../audit/audit-response.js';
import type { CursorCodec } from '../graph/cursor.js';
import { parseClaimSearch } from '../audit/claim-search-parameters.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { ClaimFilter } from '../graph/claim-pages.js';
import { claimsCsv } from './claims-csv.js';
import { claimsJsonld } from './claims-jsonld.js';

export type ExportFormat = 'csv' | 'jsonld';

export const EXPORTS: Record<ExportFormat, { file: string; type: string; open: (runner: QueryRunner, filter: ClaimFilter) => Readable }> = {
  csv: { file: 'claims.csv', type: 'text/csv; charset=utf-8; header=present', open: claimsCsv },
  jsonld: { file: 'claims.jsonld', type: 'application/ld+json; charset=utf-8', open: claimsJsonld },
};

const ROUTES = new Map(Object.values(EXPORTS).map((e) => [`/export/${e.file}`, e]));

/**
 * /export/claims.csv and /export/claims.jsonld, with the filters of `claims(filter:)` as query
 * parameters (an export holds every match, so paging parameters are refused); a stream each.
 */
export function exportRoute(runner: QueryRunner, cursors: CursorCodec, url: URL): AuditResponse {
  const format = ROUTES.get(url.pathname);
  const problem = (status: number, message: string) => wholeResponse(status, 'text/plain; charset=utf-8', `${message}\n`, 'no-store');
  if (!format) return problem(404, `No export at ${url.pathname}; there are /export/claims.csv and /export/claims.jsonld.`);
  if (url.searchParams.has('order') || url.searchParams.has('after')) return problem(400, 'An export holds every matching claim: give filters only, not order or after.');
  const parsed = parseClaimSearch(url.searchParams, cursors);
  if (!parsed.ok) return problem(400, parsed.problem);
  return streamedResponse(format.type, format.file, () => format.open(runner, parsed.search.filter));
}
