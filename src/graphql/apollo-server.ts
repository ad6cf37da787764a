import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphContext } from './context.js';
import type { Logger } from 'pino';
import { errorFormatter } from './format-error.js';
import { buildSchema } from './schema.js';

/**
 * Request limits, set so that every example operation in docs/operations passes with room to
 * spare while a runaway query (deeply nested provenance chains, thousands of aliases) is refused
 * before it reaches Neo4j. Field suggestions stay on: they help people exploring in the Sandbox.
 */
export const REQUEST_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  // Armor weighs each field by 1.5^depth, so a legitimate audit query that follows claim → citation
  // → source → cited work with a dozen fields costs ~35,000; lists are bounded by page sizes instead.
  costLimit: { maxCost: 50_000 },
  maxTokens: { n: 3_000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: false },
};

/** The GraphQL executor: schema, limits, landing page (Apollo Sandbox) and error policy; no transport. */
export function createApolloServer(log?: Logger): ApolloServer<GraphContext> {
  const armor = new ApolloArmor(REQUEST_LIMITS).protect();
  return new ApolloServer<GraphContext>({
    schema: buildSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: errorFormatter(log),
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // The start command owns shutdown (HTTP, driver, then the Neo4j it started); Apollo's own
    // handler would re-raise the signal and kill the process before Neo4j is stopped.
    stopOnTerminationSignals: false,
    // Armor's only plugin masks field suggestions, which is switched off: its rules are all we use.
    plugins: [ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })],
  });
}
