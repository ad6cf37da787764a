import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DatabaseError } from '../database/database-errors.js';
import { ClaimgraphErrorCode } from './error-codes.js';

const DATABASE_CODES = {
  DATABASE_UNAVAILABLE: ClaimgraphErrorCode.DatabaseUnavailable,
  DATABASE_AUTH_FAILED: ClaimgraphErrorCode.DatabaseAuthFailed,
  DATABASE_QUERY_FAILED: ClaimgraphErrorCode.DatabaseQueryFailed,
  DATABASE_TIMEOUT: ClaimgraphErrorCode.DatabaseTimeout,
  DATABASE_MEMORY_LIMIT: ClaimgraphErrorCode.DatabaseMemoryLimit,
} as const;

/**
 * What a client sees when something fails: a code and a message a person can act on, never a
 * driver message or a stack trace. Errors raised as GraphQLError (bad input, limits) pass as they
 * are; what is hidden from the client (a failed query, a bug) goes to the log with its cause.
 */
export function errorFormatter(log?: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DatabaseError) {
      // An outage is logged once by the runner's availability, not once per failed field.
      if (original.code !== 'DATABASE_UNAVAILABLE') log?.error({ err: original.cause, path: formatted.path }, original.message);
      return { message: original.clientMessage, locations: formatted.locations, path: formatted.path, extensions: { code: DATABASE_CODES[original.code] } };
    }
    if (original instanceof GraphQLError || formatted.extensions?.code !== ClaimgraphErrorCode.InternalServerError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log?.error({ err: original, path: formatted.path }, 'A resolver failed');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ClaimgraphErrorCode.InternalServerError },
    };
  };
}
