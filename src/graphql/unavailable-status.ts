import type { ApolloServerPlugin } from '@apollo/server';
import { ClaimgraphErrorCode } from './error-codes.js';

/** Seconds a client is asked to wait before retrying while Neo4j is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * An answer that failed because Neo4j is unreachable is HTTP 503 with Retry-After, whatever part
 * of it failed: load balancers and clients retry a 503, while a 200 with `data: null` looks final.
 */
export function unavailableStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === ClaimgraphErrorCode.DatabaseUnavailable)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
