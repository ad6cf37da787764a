import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config/project-root.js';
import { DatabaseError } from '../database/database-errors.js';
import type { QueryRunner } from '../database/query-runner.js';
import { isNumber, type CursorCodec } from '../graph/cursor.js';
import { createGraphLoaders, type GraphLoaders } from '../graph/graph-loaders.js';
import { exportRoute } from '../export/export-routes.js';
import { wholeResponse, type AuditResponse } from './audit-response.js';
import { renderView } from './audit-views.js';
import { parseClaimSearch } from './claim-search-parameters.js';
import { claimPage } from './claim-page.js';
import { conflictPage } from './conflict-page.js';
import { entityPage } from './entity-page.js';
import { listPage, type ListKind } from './list-page.js';
import { measurePage } from './measure-page.js';
import { pledgesPage } from './pledges-page.js';
import { searchPage } from './search-page.js';
import { sourcePage } from './source-page.js';
import { statusWords } from './claim-display.js';
import { links } from './audit-links.js';

const HTML = 'text/html; charset=utf-8';
const STYLESHEET = path.join(projectRoot, 'src', 'audit', 'assets', 'audit.css');

/** A client's mistake, answered with its status and a page saying what was wrong. */
class PageProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

const afterOnly = z.strictObject({ after: z.string().max(500, 'must be at most 500 characters').optional() });
const noParameters = z.strictObject({});

function parameters<T>(schema: z.ZodType<T>, url: URL): T {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const what = issue?.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys.join(', ')}` : `${issue?.path.join('.')}: ${issue?.message}`;
  throw new PageProblem(400, what);
}

type Detail = 'claim' | 'source' | 'conflict' | 'measure' | 'entity';
const DETAILS = new Set<string>(['claim', 'source', 'conflict', 'measure', 'entity']);
const LISTS = new Set<string>(['sources', 'measures', 'conflicts', 'entities']);

/**
 * The auditor's pages (/audit/...) and the exports (/export/...): read-only, rendered on the server
 * from the same read side as the GraphQL API. Undefined for any other path, which the HTTP server
 * then hands to Apollo.
 */
export function auditRoutes(runner: QueryRunner, cursors: CursorCodec): (url: URL) => Promise<AuditResponse | undefined> {
  return async (url) => {
    if (url.pathname.startsWith('/export/')) return exportRoute(runner, cursors, url);
    if (url.pathname !== '/audit' && !url.pathname.startsWith('/audit/')) return undefined;
    try {
      return await page(runner, createGraphLoaders(runner), cursors, url);
    } catch (error) {
      if (error instanceof DatabaseError) {
        // The graph's answer, not the reader's mistake: say so in words, never as a bare 500.
        const message = `The graph could not answer (${error.code}). A search that matches very many claims may be too large to rank: add words or a filter, or try again later.`;
        return wholeResponse(503, HTML, renderView('problem', { title: 'The graph could not answer', message, links }), 'no-store');
      }
      if (!(error instanceof PageProblem)) throw error;
      const title = error.status === 404 ? 'Not found' : 'Bad request';
      return wholeResponse(error.status, HTML, renderView('problem', { title, message: error.message, links }), 'no-store');
    }
  };
}

async function page(runner: QueryRunner, loaders: GraphLoaders, cursors: CursorCodec, url: URL): Promise<AuditResponse> {
  const parts = url.pathname.split('/').slice(2);
  const [first = '', second, ...rest] = parts;
  if (first === '' && parts.length <= 1) return html('search', await search(runner, loaders, cursors, url));
  if (first === 'assets' && second === 'audit.css' && rest.length === 0) {
    return wholeResponse(200, 'text/css; charset=utf-8', await readFile(STYLESHEET), 'public, max-age=3600');
  }
  if (LISTS.has(first) && (second === undefined || second === '')) {
    const { after } = parameters(afterOnly, url);
    return html('list', await listPage(runner, loaders, first as ListKind, after ?? ''));
  }
  if (first === 'pledges' && (second === undefined || second === '')) {
    const { after } = parameters(afterOnly, url);
    return html('pledges', await pledgesPage(runner, loaders, after ?? ''));
  }
  if (DETAILS.has(first) && second !== undefined && second !== '' && rest.length === 0) return html(first, await detail(runner, loaders, cursors, first as Detail, pathId(second), url));
  throw new PageProblem(404, `No page at ${url.pathname}. Start from the search page.`);
}

async function search(runner: QueryRunner, loaders: GraphLoaders, cursors: CursorCodec, url: URL) {
  const parsed = parseClaimSearch(url.searchParams, cursors);
  if (!parsed.ok) throw new PageProblem(400, parsed.problem);
  return { search: parsed.search, ...(await searchPage(runner, loaders, cursors, parsed.search)) };
}

async function detail(runner: QueryRunner, loaders: GraphLoaders, cursors: CursorCodec, kind: Detail, id: string, url: URL): Promise<object> {
  const found = await (async () => {
    switch (kind) {
      case 'claim':
        parameters(noParameters, url);
        return claimPage(loaders, id);
      case 'source':
        parameters(noParameters, url);
        return sourcePage(runner, loaders, id);
      case 'conflict':
        parameters(noParameters, url);
        return conflictPage(loaders, id);
      case 'measure':
        parameters(noParameters, url);
        return measurePage(loaders, id);
      case 'entity': {
        const { after } = parameters(afterOnly, url);
        const entityCursors = cursors.of('audit-entity-claims');
        const position = after === undefined ? undefined : entityCursors.decode(after, isNumber);
        if (after !== undefined && !position) throw new PageProblem(400, 'after: is not a cursor from this list; follow the "next page" link');
        return entityPage(runner, loaders, entityCursors, id, position);
      }
    }
  })();
  if (!found) throw new PageProblem(404, `There is no ${kind} with the id "${id}".`);
  return found;
}

function pathId(segment: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw new PageProblem(400, 'The id in the address is not valid percent-encoding.');
  }
  if (id.length > 200) throw new PageProblem(400, 'The id in the address is longer than 200 characters.');
  return id;
}

function html(view: string, data: object): AuditResponse {
  return wholeResponse(200, HTML, renderView(view, { ...data, links, statusWords }));
}
