import type { ApolloServerPlugin } from '@apollo/server';
import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { ClaimgraphErrorCode } from './error-codes.js';

/**
 * What a request may cost, in fields the server would resolve. Each field costs 1; a list field
 * multiplies what it holds by its size: the value of its slicing arguments (`first`, with
 * variables and defaults applied) or the `assumedSize` that schema.graphql's @listSize declares.
 * The costliest example operation (07, every contributor's pledges: 20 contributors × 50 claims
 * each way) costs about 57,000; tests check that every example stays under half the budget.
 */
export const COST_BUDGET = 200_000;

/**
 * graphql-query-complexity walks the document (fragments, variables, defaults, @skip/@include);
 * this estimator is the one piece that is ours: how big each list is. Beyond MAX_QUERY_NODES
 * fields (counting every fragment spread where it is used) the walk itself is refused.
 */
const MAX_QUERY_NODES = 5_000;

/**
 * A request's cost depends only on its document, operation and variables, and clients send the
 * same few again and again: each parsed document (Apollo keeps one object per query text) keeps the
 * costs of its last COSTS_PER_DOCUMENT variable sets, so the walk runs once for each. Variables
 * longer than COSTED_VARIABLES_CHARS as JSON are costed afresh each time rather than kept.
 */
const COSTS_PER_DOCUMENT = 64;
const COSTED_VARIABLES_CHARS = 2_000;

export interface RequestCostOptions {
  budget?: number;
}

/** Refuses, before anything runs, a request whose cost is over the budget: code, cost and budget in the answer. */
export function requestCostPlugin<C extends object>(schema: GraphQLSchema, options: RequestCostOptions = {}): ApolloServerPlugin<C> {
  const budget = options.budget ?? COST_BUDGET;
  const estimator = listSizeEstimator(schema);
  const costs = new WeakMap<DocumentNode, LRUCache<string, number>>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    if (key.length > COSTED_VARIABLES_CHARS) return requestCost(schema, estimator, document, variables, operationName);
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new LRUCache({ max: COSTS_PER_DOCUMENT })));
    let cost = known.get(key);
    if (cost === undefined) known.set(key, (cost = requestCost(schema, estimator, document, variables, operationName)));
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const cost = costOf(document, request.variables ?? {}, operationName ?? undefined);
          if (cost > budget) {
            throw new GraphQLError(
              `This request would cost ${cost} (fields resolved, lists counted at their size) and the budget is ${budget}. ` +
                'Ask for smaller pages (first), fewer aliases, or less nesting.',
              { extensions: { code: ClaimgraphErrorCode.CostLimitExceeded, cost, budget, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}


function requestCost(schema: GraphQLSchema, estimator: ComplexityEstimator, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator], maxQueryNodes: MAX_QUERY_NODES });
  } catch (error) {
    if (error instanceof GraphQLError && /query nodes/i.test(error.message)) {
      throw new GraphQLError(`This request has more than ${MAX_QUERY_NODES} fields once its fragments are expanded; split it.`, {
        extensions: { code: ClaimgraphErrorCode.CostLimitExceeded, budget: MAX_QUERY_NODES, http: { status: 400 } },
      });
    }
    // Variables that do not coerce are reported by execution with their own message.
    if (error instanceof GraphQLError) return 0;
    throw error;
  }
}

/**
 * Reads @listSize(assumedSize, slicingArguments) from schema.graphql. Checked once, when the
 * server starts: every list of objects must declare its size, so no list is ever counted as one.
 */
function listSizeEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const directive = schema.getDirective('listSize');
  if (!directive) throw new Error('schema.graphql declares no @listSize directive');
  const sizeOf = (field: GraphQLField<unknown, unknown>) => (field.astNode ? getDirectiveValues(directive, field.astNode) : undefined);
  const unsized = Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })))
    .filter(({ field }) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)) && !sizeOf(field))
    .map(({ type, field }) => `${type.name}.${field.name}`);
  if (unsized.length > 0) throw new Error(`schema.graphql: these lists have no @listSize: ${unsized.join(', ')}`);

  return ({ field, args, childComplexity }) => {
    const declared = sizeOf(field);
    if (!declared) return 1 + childComplexity;
    const slicing = (declared.slicingArguments as string[] | undefined) ?? [];
    const given = slicing.map((name) => args[name]).filter((v): v is number => typeof v === 'number');
    const size = given.length > 0 ? given.reduce((product, n) => product * Math.max(0, n), 1) : Number(declared.assumedSize ?? 1);
    return 1 + size * childComplexity;
  };
}
