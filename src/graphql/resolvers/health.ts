import { countNodesByLabel, readHealth } from '../../graph/health.js';
import type { GraphContext } from '../context.js';

export const healthResolvers = {
  Query: {
    health: (_: unknown, __: unknown, { runner }: GraphContext) => readHealth(runner),
    graphCounts: (_: unknown, __: unknown, { runner }: GraphContext) => countNodesByLabel(runner),
  },
};
