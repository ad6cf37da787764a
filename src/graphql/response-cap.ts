import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, GraphQLError, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { ClaimgraphErrorCode } from './error-codes.js';

/**
 * The second line behind the request cost: the cost counts lists at their declared size, so a list
 * that grew past it could still make an answer larger than planned. Past this many resolved fields
 * the request stops resolving and answers one error instead of a partial result.
 */
export const MAX_RESOLVED_FIELDS = 400_000;

/** The fields a request may still resolve; the plugin puts one on each request's context. */
interface FieldAllowance {
  readonly limit: number;
  left: number;
}

const allowanceKey = Symbol('claimgraph.fieldAllowance');
const capped = Symbol('claimgraph.responseCap');

/**
 * Counts each field as graphql-js resolves it, in a wrapper around every field's resolver made once
 * for the schema. Apollo's willResolveField hook would count the same fields, but it wraps every
 * resolver in a dispatcher that builds objects and walks the plugins' hooks at every field.
 */
export function responseCapPlugin<C extends object>(schema: GraphQLSchema, limit = MAX_RESOLVED_FIELDS): ApolloServerPlugin<C> {
  countResolvedFields(schema);
  return {
    async requestDidStart({ contextValue }) {
      const allowance: FieldAllowance = { limit, left: limit };
      Object.defineProperty(contextValue, allowanceKey, { value: allowance });
      return {
        async willSendResponse({ response }) {
          if (allowance.left < 0 && response.body.kind === 'single') {
            response.body.singleResult = { errors: [tooLarge(limit).toJSON()] };
            response.http.status = 400;
          }
        },
      };
    },
  };
}

function countResolvedFields(schema: GraphQLSchema): void {
  if ((schema as unknown as Record<symbol, boolean>)[capped]) return;
  Object.defineProperty(schema, capped, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Record<symbol, FieldAllowance | undefined> | undefined, info) => {
        const allowance = context?.[allowanceKey];
        // Throwing fails this field, so nothing below it is resolved: the work stops growing.
        if (allowance && --allowance.left < 0) throw tooLarge(allowance.limit);
        return resolve(source, args, context, info);
      };
    }
  }
}

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The answer would hold more than ${limit} fields; ask for smaller pages or fewer nested lists.`, {
    extensions: { code: ClaimgraphErrorCode.ResponseTooLarge, limit },
  });
}
