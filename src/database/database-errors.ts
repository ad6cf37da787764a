import { Neo4jError } from 'neo4j-driver';

/** Codes clients and operators see; the classes behind them stay internal to the database layer. */
export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_AUTH_FAILED' | 'DATABASE_QUERY_FAILED';

export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The one place a driver error becomes a domain error; raw driver text never reaches a client. */
export function toDatabaseError(error: unknown, where: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) {
      return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j is not reachable at ${where}. Is it running? (npm run neo4j:status)`, { cause: error });
    }
    if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new DatabaseError(
        'DATABASE_AUTH_FAILED',
        `Neo4j at ${where} refused the credentials. Check NEO4J_USER and NEO4J_PASSWORD (README, "Configuration").`,
        { cause: error },
      );
    }
  }
  return new DatabaseError('DATABASE_QUERY_FAILED', `A query against Neo4j at ${where} failed.`, { cause: error });
}
