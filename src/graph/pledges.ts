import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { GraphLoaders } from './graph-loaders.js';
import type { Page } from './records.js';
import { primeLoaders, rootQuery, ROOTS_ONLY, type ReadAround, type SelectedAround, type SelectedRecords } from './selected-records.js';

/** One entry of a contributor's list: the claim and the part of the contributor it is by (who else made it: the claim's other makers). */
export interface PledgeRow {
  claimId: string;
  byId: string;
}

/** One contributor's page entry: its parts, the first claims of each side, and how many there are in all. */
export interface ContributorPledgesRow {
  id: string;
  key: string;
  partIds: string[];
  pledged: PledgeRow[];
  pledgedCount: number;
  delivered: PledgeRow[];
  deliveredCount: number;
}

/** Who made an entry's claim together with the part it is by: the claim's other makers, by name. */
export async function jointWithIds(loaders: GraphLoaders, entry: PledgeRow): Promise<string[]> {
  return ((await loaders.claim.load(entry.claimId))?.madeByIds ?? []).filter((id) => id !== entry.byId);
}

type PledgesPage = Page<string> & { page: ContributorPledgesRow[] };

const pledgesByContributor = rootQuery<
  { filter: ContributorFilter; perContributor: number; afterKey: string; limit: number } & SelectedAround,
  { page: ContributorPledgesRow[]; total: number; records: SelectedRecords }
>('pledges/pledges-by-contributor');
const contributorCount = namedQuery<{ filter: ContributorFilter }, { total: number }>('pledges/contributor-count');

/** Every contributor, or the one a contributor's id (or a part's) names: one map, so that Neo4j keeps one plan for both. */
interface ContributorFilter {
  contributor: string | null;
}

/**
 * A page of contributors with their pledges; `around` reads what a selection asks of the first
 * contributors shown (their claims and entities, the total) in the same round trip. A total not
 * counted there is counted by a query of its own when asked for.
 */
export async function pagePledges(
  runner: QueryRunner,
  contributor: string | null,
  perContributor: number,
  afterKey: string,
  limit: number,
  around?: ReadAround,
): Promise<PledgesPage> {
  const select = around?.select ?? ROOTS_ONLY;
  const filter = { contributor };
  const [row] = await runner.read(pledgesByContributor, { filter, perContributor, afterKey, limit, select, shown: around?.shown ?? 0 });
  if (around && row) primeLoaders(around.loaders, row.records);
  const countLater = async () => (await runner.read(contributorCount, { filter }))[0]?.total ?? 0;
  return { page: row?.page ?? [], total: select.contributorTotal && row ? row.total : countLater };
}
