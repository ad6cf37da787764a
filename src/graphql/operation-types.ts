import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { ClaimgraphErrorCode } from './error-codes.js';

/**
 * An operation type the schema does not offer (subscriptions) is the client's mistake: graphql-js
 * would fail it as an internal error.
 */
export function operationTypesPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation }) {
          if (!operation || schema.getRootType(operation.operation)) return;
          const offered = [OperationTypeNode.QUERY, OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION].filter((type) => schema.getRootType(type));
          throw new GraphQLError(`This API does not offer ${operation.operation} operations; it answers ${offered.join(' and ')} operations.`, {
            extensions: { code: ClaimgraphErrorCode.OperationNotSupported, http: { status: 400 } },
          });
        },
      };
    },
  };
}
