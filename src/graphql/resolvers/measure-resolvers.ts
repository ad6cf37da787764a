import type { GraphQLResolveInfo } from 'graphql';
import { summaryOf } from '../../graph/conflict-summary.js';
import { isString } from '../../graph/cursor.js';
import { seriesOf } from '../../graph/graph-loaders.js';
import { pageConflictIds, pageMeasureIds } from '../../graph/list-pages.js';
import { whenLoaded } from '../../graph/primed-loader.js';
import type { ConflictRecord, MeasureRecord } from '../../graph/records.js';
import { readMeasure } from '../../graph/root-records.js';
import { afterCursor, pageSize } from '../arguments.js';
import { toConnection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { loadAll, loadHeld } from '../load-all.js';
import { recordSelection } from '../record-selection.js';

export const measureResolvers = {
  Query: {
    measure: (_: unknown, { id }: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => readMeasure(ctx.runner, ctx.loaders, id, recordSelection(info)),
    measures: async (_: unknown, args: { subject?: string | null; first: number; after?: string | null }, ctx: GraphContext) => {
      const first = pageSize(args.first);
      const cursors = ctx.cursors.of('measures');
      const row = await pageMeasureIds(ctx.runner, args.subject ?? null, afterCursor(cursors, args.after, isString)?.id ?? '', first + 1);
      return toConnection(cursors, row, first, (ids) => ctx.loaders.measure.loadMany(ids));
    },
    conflicts: async (
      _: unknown,
      args: { measure?: string | null; kind?: string | null; severity?: string | null; first: number; after?: string | null },
      ctx: GraphContext,
      info: GraphQLResolveInfo,
    ) => {
      const first = pageSize(args.first);
      const cursors = ctx.cursors.of('conflicts');
      const after = afterCursor(cursors, args.after, isString)?.id ?? '';
      const filter = { measure: args.measure ?? null, kind: args.kind ?? null, severity: args.severity ?? null };
      const row = await pageConflictIds(ctx.runner, filter, after, first + 1, { loaders: ctx.loaders, select: recordSelection(info), shown: first });
      return toConnection(cursors, row, first, (ids) => ctx.loaders.conflict.loadMany(ids));
    },
  },
  Measure: {
    subject: (m: MeasureRecord, _: unknown, ctx: GraphContext) => ctx.loaders.entity.load(m.subjectId),
    series: (m: MeasureRecord, _: unknown, ctx: GraphContext) => whenLoaded(seriesOf(ctx.loaders, m), (ids) => loadAll(ids, ctx.loaders.claim)),
    conflicts: (m: MeasureRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(m.conflictIds, ctx.loaders.conflict, info),
    sumOf: (m: MeasureRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(m.sumOfIds, ctx.loaders.measure, info),
    partOf: (m: MeasureRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(m.partOfIds, ctx.loaders.measure, info),
    flows: (m: MeasureRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(m.flowIds, ctx.loaders.measure, info),
  },
  Conflict: {
    measure: (x: ConflictRecord, _: unknown, ctx: GraphContext) => ctx.loaders.measure.load(x.measureId),
    claims: (x: ConflictRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(x.claimIds, ctx.loaders.claim, info),
    summary: (x: ConflictRecord, _: unknown, ctx: GraphContext) => summaryOf(ctx.loaders, x),
    findings: (x: ConflictRecord) =>
      x.findingReasons.map((reason, i) => ({
        reason,
        kind: x.findingKinds[i],
        severity: x.findingSeverities[i],
        rule: x.findingRules[i],
        claimIds: [x.findingClaimA[i], x.findingClaimB[i]],
      })),
  },
  ConflictFinding: {
    claims: (f: { claimIds: string[] }, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => loadHeld(f.claimIds, ctx.loaders.claim, info),
  },
};
