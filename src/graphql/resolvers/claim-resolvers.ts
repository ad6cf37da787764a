import type { GraphQLResolveInfo } from 'graphql';
import { describeValue, valueBounds, type ClaimValue, type Qualifier } from '../../model/claim-value.js';
import { pageClaimIds, type ClaimFilter, type ClaimOrderKey } from '../../graph/claim-pages.js';
import { isNumber } from '../../graph/cursor.js';
import type { ClaimRecord } from '../../graph/records.js';
import { whenLoaded } from '../../graph/primed-loader.js';
import { readClaim } from '../../graph/root-records.js';
import { afterCursor, badInput, dateRange, pageSize, searchText } from '../arguments.js';
import { toConnection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { loadAll, loadHeld } from '../load-all.js';
import { recordSelection } from '../record-selection.js';

interface ClaimsArgs {
  filter?: ClaimFilter | null;
  orderBy: ClaimOrderKey;
  first: number;
  after?: string | null;
}

/** Claims by filter, as a connection. */
async function claimConnection(ctx: GraphContext, args: ClaimsArgs, info: GraphQLResolveInfo) {
  const first = pageSize(args.first);
  const filter = { ...args.filter, text: searchText('filter.text', args.filter?.text) };
  dateRange(filter.asOfFrom, filter.asOfTo);
  if (args.orderBy === 'RELEVANCE' && !filter.text) throw badInput('orderBy', 'RELEVANCE ranks matches of filter.text; give a text, or another order');
  const cursors = ctx.cursors.of(`claims:${args.orderBy}`);
  const around = { loaders: ctx.loaders, select: recordSelection(info), shown: first };
  const row = await pageClaimIds(ctx.runner, filter, args.orderBy, first + 1, afterCursor(cursors, args.after, isNumber), around);
  return toConnection(cursors, row, first, (ids) => ctx.loaders.claim.loadMany(ids));
}

function claimValue(c: ClaimRecord): (ClaimValue & { text: string; lowerBound: number | null; upperBound: number | null }) | null {
  if (c.qualifier === null || c.unit === null) return null;
  const value: ClaimValue = { qualifier: c.qualifier as Qualifier, amount: c.amount, low: c.valueLow, high: c.valueHigh, unit: c.unit, currency: c.currency };
  const bounds = valueBounds(value);
  return {
    ...value,
    text: describeValue(value),
    lowerBound: Number.isFinite(bounds.low) ? bounds.low : null,
    upperBound: Number.isFinite(bounds.high) ? bounds.high : null,
  };
}

export const claimResolvers = {
  Query: {
    claim: (_: unknown, { id }: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => readClaim(ctx.runner, ctx.loaders, id, recordSelection(info)),
    claims: (_: unknown, args: ClaimsArgs, ctx: GraphContext, info: GraphQLResolveInfo) => claimConnection(ctx, args, info),
  },
  Claim: {
    subject: (c: ClaimRecord, _: unknown, ctx: GraphContext) => ctx.loaders.entity.load(c.subjectId),
    measure: (c: ClaimRecord, _: unknown, ctx: GraphContext) => (c.measureId ? ctx.loaders.measure.load(c.measureId) : null),
    value: claimValue,
    time: (c: ClaimRecord) =>
      c.timePrecision === null ? null : { start: c.timeStart, end: c.timeEnd, precision: c.timePrecision, part: c.timePart, label: c.timeLabel },
    citations: (c: ClaimRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(c.citationIds, ctx.loaders.citation, info),
    sources: (c: ClaimRecord, _: unknown, ctx: GraphContext) =>
      whenLoaded(loadAll(c.citationIds, ctx.loaders.citation), (citations) => loadAll([...new Set(citations.map((q) => q.sourceId))], ctx.loaders.source)),
    madeBy: (c: ClaimRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(c.madeByIds, ctx.loaders.entity, info),
    derivation: (c: ClaimRecord) => (c.derivation ? { method: c.derivation, fromIds: c.derivedFromIds } : null),
    support: (c: ClaimRecord) => ({ status: c.supportStatus, reason: c.supportReason, corroboratedByIds: c.corroboratedByIds }),
    conflicts: (c: ClaimRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(c.conflictIds, ctx.loaders.conflict, info),
    members: (c: ClaimRecord) => c.members?.map((name, i) => ({ name, entityId: c.memberIds[i] })) ?? null,
    retraction: (c: ClaimRecord) => (c.retracted ? { reason: c.retractedReason, by: c.retractedBy, at: c.retractedAt } : null),
    history: async (c: ClaimRecord, _: unknown, ctx: GraphContext) =>
      (await ctx.loaders.historyOfClaim.load(c.id)).map((h) => ({ ...h, activity: { id: h.activityId, kind: h.activity, at: h.at, agent: h.agent } })),
  },
  ListMember: {
    entity: (m: { entityId: string }, _: unknown, ctx: GraphContext) => ctx.loaders.entity.load(m.entityId),
  },
  Derivation: {
    from: (d: { fromIds: string[] }, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(d.fromIds, ctx.loaders.claim, info),
  },
  Support: {
    corroboratedBy: (s: { corroboratedByIds: string[] }, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) =>
      loadHeld(s.corroboratedByIds, ctx.loaders.claim, info),
  },
};
