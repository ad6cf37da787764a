import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { Page } from './records.js';

/** One entry of a contributor's list: the claim, the part of the contributor it is by, and who else made it. */
export interface PledgeRow {
  claimId: string;
  byId: string;
  jointWithIds: string[];
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

type PledgesPage = Page<string> & { page: ContributorPledgesRow[] };

const pledgesByContributor = namedQuery<
  { contributor: string | null; perContributor: number; afterKey: string; limit: number },
  { page: ContributorPledgesRow[] }
>('pledges/pledges-by-contributor');
const contributorCount = namedQuery<{ contributor: string | null }, { total: number }>('pledges/contributor-count');

export async function pagePledges(
  runner: QueryRunner,
  contributor: string | null,
  perContributor: number,
  afterKey: string,
  limit: number,
): Promise<PledgesPage> {
  const [row] = await runner.read(pledgesByContributor, { contributor, perContributor, afterKey, limit });
  const total = async () => (await runner.read(contributorCount, { contributor }))[0]?.total ?? 0;
  return { page: row?.page ?? [], total };
}
