import { startServerProcess, type ServerProcess } from './server-process.js';

/** The peer (@neo4j/graphql) in a process of its own, as our API is, with NODE_ENV=production like ours. */
export function startPeerProcess(neo4jUri: string, neo4jPassword: string): Promise<ServerProcess> {
  return startServerProcess({
    args: ['--import', 'tsx', 'bench/peer/serve-peer.ts'],
    env: { NEO4J_URI: neo4jUri, NEO4J_PASSWORD: neo4jPassword, NODE_ENV: 'production' },
    // Any answer at all: Apollo's standalone server has no readiness route.
    ready: (url) => fetch(url).then(() => true, () => false),
  });
}
