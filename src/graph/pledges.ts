import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { Page } from './records.js';

/** One contributor's page entry: the first claims of each side, and how many there are in all. */
export interface ContributorPledgesRow {
  id: string;
  key: string;
  pledgedIds: string[];
  pledgedCount: number;
  deliveredIds: string[];
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
