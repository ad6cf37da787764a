import type { QueryRunner } from '../database/query-runner.js';
import { pageClaimIds } from '../graph/claim-pages.js';
import type { CursorCodec } from '../graph/cursor.js';
import type { GraphLoaders } from '../graph/graph-loaders.js';
import { loadAll } from '../graphql/load-all.js';
import { CLAIM_KINDS } from '../ingestion/seed-schema.js';
import { claimRows } from './claim-rows.js';
import { searchCursors, searchQuery, type ClaimSearch } from './claim-search-parameters.js';

export const SEARCH_PAGE_SIZE = 25;

/** One page of the claims a search matches (the read behind `claims(filter:)`), with the link to the next. */
export async function searchPage(runner: QueryRunner, loaders: GraphLoaders, cursors: CursorCodec, search: ClaimSearch) {
  const row = await pageClaimIds(runner, search.filter, search.order, SEARCH_PAGE_SIZE + 1, search.after);
  const page = row.page.slice(0, SEARCH_PAGE_SIZE);
  const claims = await loadAll(
    page.map((p) => p.id),
    loaders.claim,
  );
  const last = page.at(-1);
  const next = row.page.length > SEARCH_PAGE_SIZE && last ? `/audit/${searchQuery(search.filter, { order: search.order, after: searchCursors(cursors, search.order).encode(last) })}` : null;
  const total = typeof row.total === 'number' ? row.total : null;
  return { rows: await claimRows(loaders, claims), total, next, exportQuery: searchQuery(search.filter), kinds: CLAIM_KINDS };
}
