import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { PageRow } from './records.js';


/** One contributor's page entry: the first claims of each side, and how many there are in all. */
export interface ContributorPledgesRow {
  id: string;
  key: string;
  pledgedIds: string[];
  pledgedCount: number;
  deliveredIds: string[];
  deliveredCount: number;
}

type PledgesPage = PageRow<string> & { page: ContributorPledgesRow[] };

const pledgesByContributor = namedQuery<{ contributor: string | null; perContributor: number; afterKey: string; limit: number }, PledgesPage>(
  'pledges/pledges-by-contributor',
);

export async function pagePledges(
  runner: QueryRunner,
  contributor: string | null,
  perContributor: number,
  afterKey: string,
  limit: number,
): Promise<PledgesPage> {
  return (await runner.read(pledgesByContributor, { contributor, perContributor, afterKey, limit }))[0] ?? { total: 0, page: [] };
}
