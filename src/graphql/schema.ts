import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../config/project-root.js';
import { citationResolvers } from './resolvers/citation-resolvers.js';
import { claimResolvers } from './resolvers/claim-resolvers.js';
import { curationResolvers } from './resolvers/curation-resolvers.js';
import { entityResolvers } from './resolvers/entity-resolvers.js';
import { enumResolvers } from './resolvers/enums.js';
import { healthResolvers } from './resolvers/health.js';
import { measureResolvers } from './resolvers/measure-resolvers.js';
import { pledgeResolvers } from './resolvers/pledge-resolvers.js';
import { sourceResolvers } from './resolvers/source-resolvers.js';
import { verificationResolvers } from './resolvers/verification-resolvers.js';
import { DateScalar } from './scalars.js';

export const typeDefs = readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');

/** schema.graphql is the contract; resolvers only connect its fields to the graph layer. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      { Date: DateScalar },
      enumResolvers,
      healthResolvers,
      claimResolvers,
      citationResolvers,
      sourceResolvers,
      entityResolvers,
      measureResolvers,
      pledgeResolvers,
      verificationResolvers,
      curationResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
