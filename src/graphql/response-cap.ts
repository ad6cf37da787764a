import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ClaimgraphErrorCode } from './error-codes.js';

/**
 * The second line behind the request cost: the cost counts lists at their declared size, so a list
 * that grew past it could still make an answer larger than planned. Past this many resolved fields
 * the request stops resolving and answers one error instead of a partial result.
 */
export const MAX_RESOLVED_FIELDS = 400_000;

export function responseCapPlugin<C extends object>(limit = MAX_RESOLVED_FIELDS): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let resolved = 0;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              resolved += 1;
              // Throwing fails this field, so nothing below it is resolved: the work stops growing.
              if (resolved > limit) throw tooLarge(limit);
            },
          };
        },
        async willSendResponse({ response }) {
          if (resolved > limit && response.body.kind === 'single') {
            response.body.singleResult = { errors: [tooLarge(limit).toJSON()] };
            response.http.status = 400;
          }
        },
      };
    },
  };
}

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The answer would hold more than ${limit} fields; ask for smaller pages or fewer nested lists.`, {
    extensions: { code: ClaimgraphErrorCode.ResponseTooLarge, limit },
  });
}
