import { readPledges } from '../../graph/pledges.js';
import type { GraphContext } from '../context.js';
import { loadAll } from '../load-all.js';

export const pledgeResolvers = {
  Query: {
    pledges: async (_: unknown, { contributor }: { contributor?: string | null }, ctx: GraphContext) =>
      (await readPledges(ctx.runner, contributor ?? null)).map((row) => ({ ...row })),
  },
  ContributorPledges: {
    contributor: (p: { contributorId: string }, _: unknown, ctx: GraphContext) => ctx.loaders.entity.load(p.contributorId),
    pledged: (p: { pledgedIds: string[] }, _: unknown, ctx: GraphContext) => loadAll(p.pledgedIds, ctx.loaders.claim),
    delivered: (p: { deliveredIds: string[] }, _: unknown, ctx: GraphContext) => loadAll(p.deliveredIds, ctx.loaders.claim),
  },
};
