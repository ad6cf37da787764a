import type { GraphQLResolveInfo } from 'graphql';
import { isNumber, isString } from '../../graph/cursor.js';
import { pageEntityIds } from '../../graph/list-pages.js';
import type { EntityRecord } from '../../graph/records.js';
import { afterCursor, pageSize, searchText } from '../arguments.js';
import { toConnection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { loadHeld } from '../load-all.js';
import { recordSelection } from '../record-selection.js';

export const entityResolvers = {
  Query: {
    entity: (_: unknown, { id }: { id: string }, ctx: GraphContext) => ctx.loaders.entity.load(id),
    entities: async (_: unknown, args: { search?: string | null; type?: string | null; first: number; after?: string | null }, ctx: GraphContext, info: GraphQLResolveInfo) => {
      const first = pageSize(args.first);
      const cursors = ctx.cursors.of('entities');
      const after = afterCursor(cursors, args.after, isString)?.key ?? '';
      const around = { loaders: ctx.loaders, select: recordSelection(info), shown: first };
      const row = await pageEntityIds(ctx.runner, searchText('search', args.search), args.type ?? null, after, first + 1, around);
      return toConnection(cursors, row, first, (ids) => ctx.loaders.entity.loadMany(ids));
    },
  },
  Entity: {
    // Batched across the entities of a list: one query for all their pages (no query per entity).
    claims: async (e: EntityRecord, args: { first: number; after?: string | null }, ctx: GraphContext) => {
      const first = pageSize(args.first);
      const cursors = ctx.cursors.of('entity-claims');
      const after = afterCursor(cursors, args.after, isNumber);
      const row = await ctx.loaders.claimPageOfSubject.load({ subject: e.id, afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: first + 1 });
      return toConnection(cursors, row, first, (ids) => ctx.loaders.claim.loadMany(ids));
    },
    measures: (e: EntityRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(e.measureIds, ctx.loaders.measure, info),
    partOf: (e: EntityRecord, _: unknown, ctx: GraphContext) => (e.partOfId ? ctx.loaders.entity.load(e.partOfId) : null),
  },
};
