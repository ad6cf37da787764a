import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseError } from '../database/database-errors.js';
import { ClaimgraphErrorCode } from './error-codes.js';

/**
 * What a client sees when something fails: a code and a message a person can act on, never a
 * driver message or a stack trace. Errors raised as GraphQLError (bad input, limits) pass as they are.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseError) {
    const code = original.code === 'DATABASE_AUTH_FAILED' ? ClaimgraphErrorCode.DatabaseAuthFailed : ClaimgraphErrorCode.DatabaseUnavailable;
    const message =
      original.code === 'DATABASE_QUERY_FAILED' ? 'The graph database could not answer this request.' : original.message;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== ClaimgraphErrorCode.InternalServerError) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ClaimgraphErrorCode.InternalServerError },
  };
}
