import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

const typeDefs = readFileSync(new URL('./peer-type-defs.graphql', import.meta.url), 'utf8');

/** The peer API (@neo4j/graphql over the same database), served over HTTP on 127.0.0.1 (port 0: a free one). */
export async function servePeerApi(driver: Driver, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port } });
  return { url, close: () => apollo.stop() };
}
