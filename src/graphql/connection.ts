import { encodeCursor } from '../graph/cursor.js';
import type { Page } from '../graph/records.js';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** A function is resolved by GraphQL only when totalCount is selected. */
  totalCount: number | (() => Promise<number>);
}

/**
 * A Relay connection from a page of ids fetched with limit first + 1 (the extra row only tells
 * whether there is a next page), the nodes loaded in one batch.
 */
export async function toConnection<Key, T>(
  row: Page<Key>,
  first: number,
  load: (ids: string[]) => Promise<(T | null | Error)[]>,
): Promise<Connection<T>> {
  const page = row.page.slice(0, first);
  const nodes = await load(page.map((p) => p.id));
  const edges = page.flatMap((p, i) => {
    const node = nodes[i];
    return node && !(node instanceof Error) ? [{ cursor: encodeCursor(p), node }] : [];
  });
  return {
    edges,
    pageInfo: { hasNextPage: row.page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: row.total,
  };
}
