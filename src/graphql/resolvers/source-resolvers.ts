import type { GraphQLResolveInfo } from 'graphql';
import { isString } from '../../graph/cursor.js';
import { claimCountOf } from '../../graph/graph-loaders.js';
import { pageSourceIds } from '../../graph/list-pages.js';
import { whenLoaded } from '../../graph/primed-loader.js';
import type { ReferenceRecord, SourceRecord } from '../../graph/records.js';
import { readSource } from '../../graph/root-records.js';
import { afterCursor, pageSize, sourceCitationsFirst } from '../arguments.js';
import { toConnection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { loadAll } from '../load-all.js';
import { recordSelection } from '../record-selection.js';

export const sourceResolvers = {
  Query: {
    source: (_: unknown, { id }: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => readSource(ctx.runner, ctx.loaders, id, recordSelection(info)),
    sources: async (_: unknown, args: { kind?: string | null; first: number; after?: string | null }, ctx: GraphContext) => {
      const first = pageSize(args.first);
      const cursors = ctx.cursors.of('sources');
      const after = afterCursor(cursors, args.after, isString)?.key ?? '';
      const row = await pageSourceIds(ctx.runner, args.kind ?? null, after, first + 1);
      return toConnection(cursors, row, first, (ids) => ctx.loaders.source.loadMany(ids));
    },
  },
  Source: {
    claimCount: (s: SourceRecord, _: unknown, ctx: GraphContext) => claimCountOf(ctx.loaders, s),
    citations: (s: SourceRecord, { first }: { first: number }, ctx: GraphContext) =>
      whenLoaded(ctx.loaders.citationIdsOfSource.load({ id: s.id, first: sourceCitationsFirst(first) }), (ids) => loadAll(ids, ctx.loaders.citation)),
    cites: (s: SourceRecord, _: unknown, ctx: GraphContext) =>
      whenLoaded(ctx.loaders.referencesOfSource.load(s.id), (r) => [...r.cites].sort((a, b) => a.number - b.number)),
    citedBy: (s: SourceRecord, _: unknown, ctx: GraphContext) => whenLoaded(ctx.loaders.referencesOfSource.load(s.id), (r) => r.citedBy),
  },
  Reference: {
    citing: (r: ReferenceRecord, _: unknown, ctx: GraphContext) => ctx.loaders.source.load(r.citingId),
    cited: (r: ReferenceRecord, _: unknown, ctx: GraphContext) => ctx.loaders.source.load(r.citedId),
  },
};
