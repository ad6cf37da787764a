import type { QueryRunner } from '../database/query-runner.js';
import type { GraphLoaders } from '../graph/graph-loaders.js';
import { pagePledges, type ContributorPledgesRow } from '../graph/pledges.js';
import { loadAll } from '../graphql/load-all.js';
import { claimRows, type ClaimRow } from './claim-rows.js';

const CONTRIBUTORS_PER_PAGE = 20;
const CLAIMS_PER_SIDE = 20;

export interface PledgeSides {
  contributor: { id: string; name: string };
  pledged: ClaimRow[];
  pledgedCount: number;
  delivered: ClaimRow[];
  deliveredCount: number;
}

/** Each contributor's pledges beside its deliveries, rows loaded in one batch for the whole page. */
export async function pledgeSides(loaders: GraphLoaders, page: ContributorPledgesRow[]): Promise<PledgeSides[]> {
  const [contributors, claims] = await Promise.all([
    loadAll(page.map((p) => p.id), loaders.entity),
    loadAll(page.flatMap((p) => [...p.pledgedIds, ...p.deliveredIds]), loaders.claim),
  ]);
  const rows = new Map((await claimRows(loaders, claims)).map((r) => [r.claim.id, r]));
  const name = new Map(contributors.map((e) => [e.id, e.name]));
  const rowsOf = (ids: string[]) => ids.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
  return page.map((p) => ({
    contributor: { id: p.id, name: name.get(p.id) ?? p.id },
    pledged: rowsOf(p.pledgedIds),
    pledgedCount: p.pledgedCount,
    delivered: rowsOf(p.deliveredIds),
    deliveredCount: p.deliveredCount,
  }));
}

/** One page of contributors, by name, after the sort key `after` ('' for the first page). */
export async function pledgesPage(runner: QueryRunner, loaders: GraphLoaders, after: string) {
  const row = await pagePledges(runner, null, CLAIMS_PER_SIDE, after, CONTRIBUTORS_PER_PAGE + 1);
  const rows: ContributorPledgesRow[] = row.page;
  const page = rows.slice(0, CONTRIBUTORS_PER_PAGE);
  const last = page.at(-1);
  return {
    contributors: await pledgeSides(loaders, page),
    next: row.page.length > CONTRIBUTORS_PER_PAGE && last ? `/audit/pledges?after=${encodeURIComponent(last.key)}` : null,
  };
}
