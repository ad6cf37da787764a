import type { GraphQLResolveInfo } from 'graphql';
import { isString } from '../../graph/cursor.js';
import { jointWithIds, pagePledges, type ContributorPledgesRow, type PledgeRow } from '../../graph/pledges.js';
import { afterCursor, pageSize, perContributor } from '../arguments.js';
import { toConnection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { loadAll, loadHeld, loadHeldOne } from '../load-all.js';
import { recordSelection } from '../record-selection.js';

interface PledgesArgs {
  contributor?: string | null;
  perContributor: number;
  first: number;
  after?: string | null;
}

export const pledgeResolvers = {
  Query: {
    pledges: async (_: unknown, args: PledgesArgs, ctx: GraphContext, info: GraphQLResolveInfo) => {
      const first = pageSize(args.first);
      const cursors = ctx.cursors.of('pledges');
      const after = afterCursor(cursors, args.after, isString)?.key ?? '';
      const around = { loaders: ctx.loaders, select: recordSelection(info), shown: first };
      const row = await pagePledges(ctx.runner, args.contributor ?? null, perContributor(args.perContributor), after, first + 1, around);
      const byId = new Map(row.page.map((p) => [p.id, p]));
      return toConnection(cursors, row, first, async (ids) => ids.map((id) => byId.get(id) ?? null));
    },
  },
  ContributorPledges: {
    contributor: (p: ContributorPledgesRow, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeldOne(p.id, ctx.loaders.entity, info),
    parts: (p: ContributorPledgesRow, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(p.partIds, ctx.loaders.entity, info),
  },
  Pledge: {
    claim: (p: PledgeRow, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeldOne(p.claimId, ctx.loaders.claim, info),
    by: (p: PledgeRow, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeldOne(p.byId, ctx.loaders.entity, info),
    jointWith: async (p: PledgeRow, _: unknown, ctx: GraphContext) => loadAll(await jointWithIds(ctx.loaders, p), ctx.loaders.entity),
  },
};
