import { GraphQLError } from 'graphql';
import type { CurationResult } from '../../curation/curation.js';
import { CurationRefusal } from '../../curation/curation-refusal.js';
import type { ConflictChange, SupportChange } from '../../curation/reassess.js';
import type { GraphContext } from '../context.js';
import { loadAll } from '../load-all.js';

type Input = { input: unknown };

/** A refused write as a GraphQL error: its code, every problem with its path, and nothing written. */
function refused(error: unknown): never {
  if (!(error instanceof CurationRefusal)) throw error;
  throw new GraphQLError(error.message, { extensions: { code: error.code, problems: error.problems } });
}

/** Runs one curation command as the request's writer (refused before anything is read without a write token). */
async function curate(ctx: GraphContext, command: (agent: Awaited<ReturnType<GraphContext['writer']>>) => Promise<CurationResult>): Promise<CurationResult> {
  const agent = await ctx.writer();
  return command(agent).catch(refused);
}

export const curationResolvers = {
  Mutation: {
    addSource: (_: unknown, { input }: Input, ctx: GraphContext) => curate(ctx, (agent) => ctx.curation.addSource(agent, input)),
    addEntity: (_: unknown, { input }: Input, ctx: GraphContext) => curate(ctx, (agent) => ctx.curation.addEntity(agent, input)),
    addMeasure: (_: unknown, { input }: Input, ctx: GraphContext) => curate(ctx, (agent) => ctx.curation.addMeasure(agent, input)),
    addClaims: (_: unknown, { input }: Input, ctx: GraphContext) => curate(ctx, (agent) => ctx.curation.addClaims(agent, input)),
    updateClaim: (_: unknown, { id, input }: Input & { id: string }, ctx: GraphContext) => curate(ctx, (agent) => ctx.curation.updateClaim(agent, id, input)),
    retractClaim: (_: unknown, args: { id: string; reason: string; idempotencyKey?: string | null }, ctx: GraphContext) =>
      curate(ctx, (agent) => ctx.curation.retractClaim(agent, args)),
  },
  CurationPayload: {
    activity: async (r: CurationResult, _: unknown, ctx: GraphContext) => {
      if (!r.activityId) return null;
      return (await ctx.loaders.activity.load(r.activityId)) ?? null;
    },
    claims: (r: CurationResult, _: unknown, ctx: GraphContext) => loadAll(r.claimIds, ctx.loaders.claim),
    sources: (r: CurationResult, _: unknown, ctx: GraphContext) => loadAll(r.sourceIds, ctx.loaders.source),
    entities: (r: CurationResult, _: unknown, ctx: GraphContext) => loadAll(r.entityIds, ctx.loaders.entity),
    measures: (r: CurationResult, _: unknown, ctx: GraphContext) => loadAll(r.measureIds, ctx.loaders.measure),
    // An answer recorded before writes named what they reassessed has no such list.
    reassessedMeasures: (r: CurationResult, _: unknown, ctx: GraphContext) => loadAll(r.reassessedMeasureIds ?? [], ctx.loaders.measure),
  },
  ConflictChange: {
    conflict: (c: ConflictChange, _: unknown, ctx: GraphContext) => (c.change === 'RESOLVED' ? null : ctx.loaders.conflict.load(c.id)),
  },
  SupportChange: {
    claim: (c: SupportChange, _: unknown, ctx: GraphContext) => ctx.loaders.claim.load(c.claimId),
  },
};
