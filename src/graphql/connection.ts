import type { Loaded } from '../graph/primed-loader.js';
import type { ListCursors } from '../graph/cursor.js';
import type { Page } from '../graph/records.js';

export interface Connection<T> {
  /** An edge's cursor is made only when selected (GraphQL calls a function it finds as a field's value): it costs an HMAC. */
  edges: { cursor: () => string; node: T }[];
  /** endCursor likewise: made only when selected (one HMAC per list, most requests read one page). */
  pageInfo: { hasNextPage: boolean; endCursor: () => string | null };
  /** A function is resolved by GraphQL only when totalCount is selected. */
  totalCount: number | (() => Promise<number>);
}

/**
 * A Relay connection from a page of ids fetched with limit first + 1 (the extra row only tells
 * whether there is a next page), the nodes loaded in one batch. A node that failed to load fails
 * the list: an answer with items silently missing would look complete. A node deleted since the
 * page was read is left out, and endCursor still moves past it, so paging goes on.
 */
export async function toConnection<Key, T>(
  cursors: ListCursors,
  row: Page<Key>,
  first: number,
  load: (ids: string[]) => Loaded<(T | null | Error)[]>,
): Promise<Connection<T>> {
  const page = row.page.slice(0, first);
  const nodes = await load(page.map((p) => p.id));
  const failure = nodes.find((node): node is Error => node instanceof Error);
  if (failure) throw failure;
  const edges = page.flatMap((p, i) => {
    const node = nodes[i];
    return node ? [{ cursor: () => cursors.encode(p), node: node as T }] : [];
  });
  const last = page.at(-1);
  return {
    edges,
    pageInfo: { hasNextPage: row.page.length > first, endCursor: () => (last ? cursors.encode(last) : null) },
    totalCount: row.total,
  };
}
