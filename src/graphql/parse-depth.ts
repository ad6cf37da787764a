import type { ApolloServerPlugin } from '@apollo/server';

/**
 * graphql-js parses recursively, so a document nested a few thousand levels deep (inside the token
 * limit) exhausts the stack. Apollo already answers that as a 400 parse failure; this gives it a
 * message a person can act on instead of "Maximum call stack size exceeded".
 */
export function parseDepthPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          return async (error) => {
            if (error instanceof RangeError) {
              error.message = 'The document is nested too deeply to parse; this API allows 12 levels of selections and a few levels of lists.';
            }
          };
        },
      };
    },
  };
}
