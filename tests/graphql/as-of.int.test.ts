import { describe, expect, it } from 'vitest';
import { everyNode } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

interface TimedClaim {
  id: string;
  time: { start: string | null; end: string | null } | null;
}
const PAGE = `query ($after: String, $from: Date, $to: Date) {
  claims(first: 50, after: $after, filter: { asOfFrom: $from, asOfTo: $to }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id time { start end } } }
  }
}`;

const claimsHolding = (from: string | null, to: string | null) => everyNode<TimedClaim>(env.api, PAGE, 'claims', { from, to });

/** What the filter promises, computed from every claim's own interval: open ends reach forever. */
const overlaps = (c: TimedClaim, from: string | null, to: string | null) =>
  c.time !== null && (from === null || (c.time.end ?? '9999-12-31') >= from) && (to === null || (c.time.start ?? '0001-01-01') <= to);

const WINDOWS: [string, string | null, string | null][] = [
  ['a month', '2024-06-01', '2024-06-30'],
  ['one day', '2025-01-03', '2025-01-03'],
  ['a year', '2023-01-01', '2023-12-31'],
  ['the last day of a year', '2024-12-31', '2024-12-31'],
  ['the last week of a month', '2024-10-25', '2024-10-31'],
  ['from a day on', '2025-01-01', null],
  ['up to a day', null, '2004-12-31'],
];

const DAY = 86_400_000;
const span = (c: TimedClaim) => (c.time?.start && c.time.end ? (Date.parse(c.time.end) - Date.parse(c.time.start)) / DAY : Infinity);

describe('claims filtered by as-of', () => {
  it.each(WINDOWS)('%s: exactly the dated claims whose time overlaps it, open-ended and year-long ones included', async (_, from, to) => {
    const all = await everyNode<TimedClaim>(env.api, PAGE, 'claims', { from: null, to: null });
    const expected = all.nodes.filter((c) => overlaps(c, from, to)).map((c) => c.id).sort();
    const { nodes, total } = await claimsHolding(from, to);
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((c) => c.id).sort()).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('the windows tried include claims that are open at one end and claims longer than a month', async () => {
    const all = await everyNode<TimedClaim>(env.api, PAGE, 'claims', { from: null, to: null });
    const open = all.nodes.filter((c) => c.time && (c.time.start === null || c.time.end === null));
    const long = all.nodes.filter((c) => c.time?.start && c.time.end && Date.parse(c.time.end) - Date.parse(c.time.start) > 31 * 86_400_000);
    expect(open.some((c) => overlaps(c, '2025-01-01', null))).toBe(true);
    expect(long.some((c) => overlaps(c, '2023-01-01', '2023-12-31'))).toBe(true);
  });

  it('the windows tried include, for claims of a month and of a year, ones that start before the window', async () => {
    // Each as-of class is read from its own number of days before the window (migration 013).
    const all = await everyNode<TimedClaim>(env.api, PAGE, 'claims', { from: null, to: null });
    const startingBefore = (c: TimedClaim) => WINDOWS.some(([, from, to]) => from !== null && c.time!.start! < from && overlaps(c, from, to));
    expect(all.nodes.filter((c) => span(c) > 0 && span(c) <= 31).some(startingBefore)).toBe(true);
    expect(all.nodes.filter((c) => span(c) > 31 && span(c) <= 366).some(startingBefore)).toBe(true);
  });
});
