import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { GraphContext } from './context.js';
import { errorFormatter } from './format-error.js';
import { landingPagePlugin } from './landing-page.js';
import { operationTypesPlugin } from './operation-types.js';
import { requestCostPlugin } from './request-cost.js';
import { responseCapPlugin } from './response-cap.js';
import { buildSchema } from './schema.js';
import { unavailableStatusPlugin } from './unavailable-status.js';

/**
 * Request limits, set so that every example operation in docs/operations passes with room to
 * spare while a runaway query is refused before it reaches Neo4j. The cost of lists is the
 * request-cost plugin's job (armor's cost rule ignores list sizes); armor keeps the shape limits.
 * Field suggestions stay on: they help people exploring in the Sandbox.
 */
export const REQUEST_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  costLimit: { enabled: false },
  // Enforced by graphql-js's own parser (parseOptions below): armor's plugin would parse twice.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
};

/**
 * graphql-js stops parsing past this many tokens. That also bounds nesting (a document of 3,000
 * tokens parses without exhausting the stack; tests try the deepest ones) and fragment chains.
 */
export const MAX_TOKENS = 3_000;

export interface ApolloOptions {
  log?: Logger;
  /** GRAPHQL_COST_BUDGET; see request-cost.ts. */
  costBudget?: number;
  /** See response-cap.ts. */
  maxResolvedFields?: number;
}

/** The GraphQL executor: schema, limits, landing page and error policy; no transport. */
export function createApolloServer({ log, costBudget, maxResolvedFields }: ApolloOptions = {}): ApolloServer<GraphContext> {
  const armor = new ApolloArmor(REQUEST_LIMITS).protect();
  const schema = buildSchema();
  return new ApolloServer<GraphContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: errorFormatter(log),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    // Compact JSON: Apollo's default indents every response, which costs CPU and bytes on every
    // answer for the sake of reading it raw (the Sandbox and the explorer format it themselves).
    stringifyResult: (result) => JSON.stringify(result),
    // The start command owns shutdown (HTTP, driver, then the Neo4j it started); Apollo's own
    // handler would re-raise the signal and kill the process before Neo4j is stopped.
    stopOnTerminationSignals: false,
    plugins: [
      landingPagePlugin(),
      operationTypesPlugin(),
      requestCostPlugin(schema, { budget: costBudget }),
      responseCapPlugin(schema, maxResolvedFields),
      unavailableStatusPlugin(),
      // No field sets cache hints; the plugin would only add a hook to every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}
