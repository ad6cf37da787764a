import type { QueryRunner } from '../database/query-runner.js';
import type { GraphLoaders } from '../graph/graph-loaders.js';
import { jointWithIds, pagePledges, type ContributorPledgesRow, type PledgeRow } from '../graph/pledges.js';
import { ROOTS_ONLY, type RecordSelection } from '../graph/selected-records.js';
import { loadAll } from '../graphql/load-all.js';
import { claimRows, type ClaimRow } from './claim-rows.js';

const CONTRIBUTORS_PER_PAGE = 20;
const CLAIMS_PER_SIDE = 20;

/** One line of a contributor's list: the claim's row, the part it is by (null: the contributor itself), who else made it. */
export interface PledgeLine {
  row: ClaimRow;
  by: { id: string; name: string } | null;
  jointWith: { id: string; name: string }[];
}

export interface PledgeSides {
  contributor: { id: string; name: string };
  parts: { id: string; name: string }[];
  pledged: PledgeLine[];
  pledgedCount: number;
  delivered: PledgeLine[];
  deliveredCount: number;
}

/** What pledgeSides shows (the claims' rows name their sources), read with the page (pagePledges) into the loaders. */
export const PLEDGE_SIDES: RecordSelection = { ...ROOTS_ONLY, pledgeClaims: true, pledgeEntities: true, claimCitations: true, citationSources: true };

/** Each contributor's pledges beside its deliveries, entities and rows loaded in one batch each for the whole page. */
export async function pledgeSides(loaders: GraphLoaders, page: ContributorPledgesRow[]): Promise<PledgeSides[]> {
  const lines = page.flatMap((p) => [...p.pledged, ...p.delivered]);
  const [claims, joint] = await Promise.all([loadAll(lines.map((l) => l.claimId), loaders.claim), Promise.all(lines.map((l) => jointWithIds(loaders, l)))]);
  const jointWith = new Map(lines.map((l, i) => [l, joint[i]!]));
  const [entities, claimRowList] = await Promise.all([
    loadAll([...new Set([...page.flatMap((p) => [p.id, ...p.partIds]), ...lines.flatMap((l) => [l.byId, ...jointWith.get(l)!])])], loaders.entity),
    claimRows(loaders, claims),
  ]);
  const rows = new Map(claimRowList.map((r) => [r.claim.id, r]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const named = (id: string) => ({ id, name: names.get(id) ?? id });
  const linesOf = (contributor: string, entries: PledgeRow[]) =>
    entries.flatMap((l) => {
      const row = rows.get(l.claimId);
      return row ? [{ row, by: l.byId === contributor ? null : named(l.byId), jointWith: jointWith.get(l)!.map(named) }] : [];
    });
  return page.map((p) => ({
    contributor: named(p.id),
    parts: p.partIds.map(named),
    pledged: linesOf(p.id, p.pledged),
    pledgedCount: p.pledgedCount,
    delivered: linesOf(p.id, p.delivered),
    deliveredCount: p.deliveredCount,
  }));
}

/** One page of contributors, by name, after the sort key `after` ('' for the first page). */
export async function pledgesPage(runner: QueryRunner, loaders: GraphLoaders, after: string) {
  const row = await pagePledges(runner, null, CLAIMS_PER_SIDE, after, CONTRIBUTORS_PER_PAGE + 1, { loaders, select: PLEDGE_SIDES, shown: CONTRIBUTORS_PER_PAGE });
  const rows: ContributorPledgesRow[] = row.page;
  const page = rows.slice(0, CONTRIBUTORS_PER_PAGE);
  const last = page.at(-1);
  return {
    contributors: await pledgeSides(loaders, page),
    next: row.page.length > CONTRIBUTORS_PER_PAGE && last ? `/audit/pledges?after=${encodeURIComponent(last.key)}` : null,
  };
}
