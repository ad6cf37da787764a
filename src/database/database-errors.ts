import { Neo4jError } from 'neo4j-driver';

/** Codes clients and operators see; the classes behind them stay internal to the database layer. */
export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_AUTH_FAILED' | 'DATABASE_QUERY_FAILED' | 'DATABASE_TIMEOUT' | 'DATABASE_MEMORY_LIMIT';

/** A failed database call. `message` is for the operator (it names the server); clients get `clientMessage`. */
export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }

  /** What a client may read: no address, no driver text, what to do. */
  get clientMessage(): string {
    switch (this.code) {
      case 'DATABASE_UNAVAILABLE':
        return 'The graph database is not reachable right now; try again in a few seconds.';
      case 'DATABASE_AUTH_FAILED':
        return 'The server could not sign in to its graph database; the operator has been told (server log).';
      case 'DATABASE_TIMEOUT':
        return 'The graph database took too long to answer and the query was stopped; ask for less (smaller pages, narrower filters).';
      case 'DATABASE_MEMORY_LIMIT':
        return 'The graph database ran short of the memory it gives queries and stopped this one; ask for less (a narrower as-of window, smaller pages, another filter), or try again when fewer requests are running.';
      case 'DATABASE_QUERY_FAILED':
        return 'The graph database could not answer this request; the server log has the details.';
      default: {
        const unreachable: never = this.code;
        return unreachable;
      }
    }
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

// Neo4j's caps on query memory: the pool all transactions share (db.memory.transaction.total.max)
// and one transaction's own (db.memory.transaction.max).
const OUT_OF_QUERY_MEMORY = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.ClientError.General.TransactionOutOfMemoryError']);

/** The one place a driver error becomes a domain error; raw driver text never reaches a client. */
export function toDatabaseError(error: unknown, where: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) {
      return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j is not reachable at ${where}. Is it running? (npm run neo4j:status)`, { cause: error });
    }
    if (TIMED_OUT.has(error.code)) {
      return new DatabaseError('DATABASE_TIMEOUT', `A query against Neo4j at ${where} ran past its timeout (QUERY_TIMEOUT_MS) and was stopped.`, { cause: error });
    }
    if (OUT_OF_QUERY_MEMORY.has(error.code)) {
      return new DatabaseError('DATABASE_MEMORY_LIMIT', `A query against Neo4j at ${where} was stopped at Neo4j's cap on query memory (db.memory.transaction.total.max, db.memory.transaction.max).`, { cause: error });
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
