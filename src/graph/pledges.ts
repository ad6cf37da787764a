import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';

const pledgesByContributor = namedQuery<{ contributor: string | null }, { contributorId: string; pledgedIds: string[]; deliveredIds: string[] }>(
  'pledges/pledges-by-contributor',
);

export function readPledges(runner: QueryRunner, contributor: string | null) {
  return runner.read(pledgesByContributor, { contributor });
}
