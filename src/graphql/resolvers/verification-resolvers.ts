import type { GraphQLResolveInfo } from 'graphql';
import { verifyStoredCitations } from '../../graph/verification.js';
import type { GraphContext } from '../context.js';
import { recordSelection } from '../record-selection.js';

export const verificationResolvers = {
  Query: {
    verifyCitation: async (_: unknown, { id }: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => {
      const result = await verifyStoredCitations(ctx.runner, { citationId: id }, { loaders: ctx.loaders, select: recordSelection(info) });
      const check = result?.checks[0];
      if (!check) return null;
      return { citation: () => ctx.loaders.citation.load(check.citationId), ok: check.problems.length === 0, problems: check.problems };
    },
    verifySource: async (_: unknown, { id }: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => {
      const result = await verifyStoredCitations(ctx.runner, { sourceId: id }, { loaders: ctx.loaders, select: recordSelection(info) });
      if (!result) return null;
      const failedChecks = result.checks.filter((c) => c.problems.length > 0);
      // Functions, which the default resolver calls only when the field is selected: the walk read what is.
      return {
        source: () => ctx.loaders.source.load(result.sourceId),
        ok: result.textIntact && failedChecks.length === 0,
        textIntact: result.textIntact,
        checked: result.checks.length,
        failed: failedChecks.map((c) => ({ citation: () => ctx.loaders.citation.load(c.citationId), ok: false, problems: c.problems })),
      };
    },
  },
};
