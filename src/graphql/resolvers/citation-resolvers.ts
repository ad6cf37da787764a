import type { GraphQLResolveInfo } from 'graphql';
import type { CitationRecord } from '../../graph/records.js';
import { contextChars } from '../arguments.js';
import type { GraphContext } from '../context.js';
import { loadHeld } from '../load-all.js';

export const citationResolvers = {
  Citation: {
    context: (q: CitationRecord, { chars }: { chars: number }, ctx: GraphContext) => ctx.loaders.citationContext.load({ id: q.id, chars: contextChars(chars) }),
    source: (q: CitationRecord, _: unknown, ctx: GraphContext) => ctx.loaders.source.load(q.sourceId),
    attributedTo: (q: CitationRecord, _: unknown, ctx: GraphContext) => {
      if (q.attributedToId === null) return null;
      return q.attributedToKind === 'Source' ? ctx.loaders.source.load(q.attributedToId) : ctx.loaders.entity.load(q.attributedToId);
    },
    claims: (q: CitationRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(q.claimIds, ctx.loaders.claim, info),
  },
  Originator: {
    __resolveType: (o: { kind?: string; type?: string }) => (o.kind === 'document' || o.kind === 'work' ? 'Source' : 'Entity'),
  },
};
