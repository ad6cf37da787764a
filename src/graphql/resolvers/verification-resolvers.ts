import { verifyStoredCitations } from '../../graph/verification.js';
import type { GraphContext } from '../context.js';

export const verificationResolvers = {
  Query: {
    verifyCitation: async (_: unknown, { id }: { id: string }, ctx: GraphContext) => {
      const result = await verifyStoredCitations(ctx.runner, { citationId: id });
      const check = result?.checks[0];
      if (!check) return null;
      return { citation: await ctx.loaders.citation.load(check.citationId), ok: check.problems.length === 0, problems: check.problems };
    },
    verifySource: async (_: unknown, { id }: { id: string }, ctx: GraphContext) => {
      const result = await verifyStoredCitations(ctx.runner, { sourceId: id });
      if (!result) return null;
      const failedChecks = result.checks.filter((c) => c.problems.length > 0);
      const citations = await ctx.loaders.citation.loadMany(failedChecks.map((c) => c.citationId));
      return {
        source: await ctx.loaders.source.load(result.sourceId),
        ok: result.textIntact && failedChecks.length === 0,
        textIntact: result.textIntact,
        checked: result.checks.length,
        failed: failedChecks.map((c, i) => ({ citation: citations[i], ok: false, problems: c.problems })),
      };
    },
  },
};
