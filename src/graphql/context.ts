import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { verifyBearer } from '../auth/api-tokens.js';
import type { Agent } from '../curation/activity.js';
import { Curation } from '../curation/curation.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { CursorCodec } from '../graph/cursor.js';
import { createGraphLoaders, type GraphLoaders } from '../graph/graph-loaders.js';

/** What every resolver gets: the query runner, the server's cursor codec, this request's batch loaders, and who may write. */
export interface GraphContext {
  runner: QueryRunner;
  cursors: CursorCodec;
  loaders: GraphLoaders;
  curation: Curation;
  /** The agent a mutation writes as: the holder of a valid write token, or a refusal. */
  writer(): Promise<Agent>;
}

export interface AccessPolicy {
  /** READS_NEED_TOKEN: every request needs a valid token, not only mutations. */
  readsNeedToken: boolean;
}

const MISSING = 'Mutations need an API token: send the header "Authorization: Bearer <token>" (an operator creates one with npm run token -- create NAME).';
const INVALID = 'The API token is not valid (unknown, revoked or mistyped); ask the operator for a new one (npm run token -- list).';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export async function createContext(runner: QueryRunner, cursors: CursorCodec, req?: IncomingMessage, policy: AccessPolicy = { readsNeedToken: false }): Promise<GraphContext> {
  const header = req?.headers.authorization;
  let verified: ReturnType<typeof verifyBearer> | undefined;
  const verify = () => (verified ??= verifyBearer(runner, header));
  if (policy.readsNeedToken) {
    const token = await verify();
    if (token.status !== 'valid') throw unauthenticated(token.status === 'missing' ? MISSING.replace('Mutations need', 'This server needs') : INVALID);
  }
  return {
    runner,
    cursors,
    loaders: createGraphLoaders(runner),
    curation: new Curation(runner),
    async writer() {
      const token = await verify();
      if (token.status === 'missing') throw unauthenticated(MISSING);
      if (token.status === 'invalid') throw unauthenticated(INVALID);
      if (token.permission !== 'write') {
        throw new GraphQLError(`The token "${token.name}" may read but not write; mutations need a token with write permission.`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
      }
      return { name: token.name, kind: 'token' };
    },
  };
}
