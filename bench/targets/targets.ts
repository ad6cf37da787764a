import { routing, type Driver } from 'neo4j-driver';
import { toPlainValue } from '../../src/database/neo4j-values.js';
import type { BenchOperation, FloorRequest, GraphQLRequest } from '../operations/bench-operations.js';
import { GraphQLClient } from './graphql-client.js';

export const TARGET_NAMES = ['api', 'floor', 'peer'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export const TARGET_TITLES: Record<TargetName, string> = {
  api: 'our API (Apollo, loaders, cypher/)',
  floor: 'floor (one hand-written Cypher query, neo4j-driver)',
  peer: 'peer (@neo4j/graphql 7.6.3)',
};

/** A way of asking the graph for an operation's data; `ask` returns the data or throws its error. */
export interface Target {
  name: TargetName;
  /** Undefined when this target has no version of the operation. */
  request(op: BenchOperation): (() => Promise<unknown>) | undefined;
}

/** A GraphQL API over HTTP: ours or the peer. */
export function graphqlTarget(name: 'api' | 'peer', client: GraphQLClient): Target {
  return {
    name,
    request(op) {
      const request: GraphQLRequest | undefined = name === 'api' ? op.api : op.peer;
      if (!request) return undefined;
      return async () => {
        const result = await client.post(request.query, request.variables);
        if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
        return request.finish ? request.finish(result.data) : result.data;
      };
    },
  };
}

/** The floor: the operation's data from one Cypher query through the driver, no GraphQL, no HTTP. */
export function floorTarget(driver: Driver): Target {
  return {
    name: 'floor',
    request(op) {
      const request: FloorRequest | undefined = op.floor;
      if (!request) return undefined;
      return async () => {
        const { records } = await driver.executeQuery(request.query.text, request.params, { database: 'neo4j', routing: routing.READ, bookmarkManager: null });
        const data = toPlainValue(records[0]?.get('data') ?? null);
        return request.finish ? request.finish(data) : data;
      };
    },
  };
}
