import { describe, expect, it } from 'vitest';
import { everyNode } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

interface ClaimNode {
  id: string;
  kind: string;
  time: { start: string | null; end: string | null } | null;
  value: { amount: number | null; high: number | null } | null;
}
const PAGE = `query ($order: ClaimOrder, $after: String, $kind: ClaimKind) {
  claims(orderBy: $order, first: 40, after: $after, filter: { kind: $kind }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind time { start end } value { amount high } } }
  }
}`;

const everyClaim = (order: string, kind: string | null = null) => everyNode<ClaimNode>(env.api, PAGE, 'claims', { order, kind });

const start = (c: ClaimNode) => c.time?.start ?? c.time?.end ?? null;
const isSorted = (xs: (string | number)[], dir: 1 | -1) => xs.every((x, i) => i === 0 || (dir === 1 ? xs[i - 1]! <= x : xs[i - 1]! >= x));

describe('every claim, page after page, in each order', () => {
  it.each(['TIME_ASC', 'TIME_DESC', 'VALUE_ASC', 'VALUE_DESC', 'ID'])('%s visits each claim once', async (order) => {
    const { nodes, total } = await everyClaim(order);
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(total);
    expect(total).toBeGreaterThan(150);
  });

  it('TIME_DESC puts the latest first and undated claims last', async () => {
    const { nodes } = await everyClaim('TIME_DESC');
    const dated = nodes.filter((n) => start(n) !== null);
    expect(nodes.slice(0, dated.length)).toEqual(dated);
    expect(isSorted(dated.map((n) => start(n)!), -1)).toBe(true);
  });

  it('VALUE_DESC puts the largest first and claims without a value last', async () => {
    const { nodes } = await everyClaim('VALUE_DESC');
    const valued = nodes.filter((n) => n.value !== null);
    expect(nodes.slice(0, valued.length)).toEqual(valued);
    expect(isSorted(valued.map((n) => n.value!.high ?? n.value!.amount!), -1)).toBe(true);
  });

  it('ID order is by id, and a kind filter keeps to that kind with the right total', async () => {
    const { nodes } = await everyClaim('ID');
    expect(isSorted(nodes.map((n) => n.id), 1)).toBe(true);
    const votes = await everyClaim('TIME_DESC', 'VOTE');
    expect(votes.nodes.every((n) => n.kind === 'VOTE')).toBe(true);
    expect(votes.total).toBe(nodes.filter((n) => n.kind === 'VOTE').length);
    expect(votes.total).toBeGreaterThan(0);
  });

  it('RELEVANCE without a text is refused, naming orderBy', async () => {
    const { errors } = await env.api.query('{ claims(orderBy: RELEVANCE) { totalCount } }');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'orderBy' }) })]);
  });
});
