import { Neo4jError, resultTransformers, routing, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type ResultSummary } from 'neo4j-driver';
import { DatabaseAvailability } from './availability.js';
import { DatabaseError, toDatabaseError } from './database-errors.js';
import type { NamedQuery } from './named-query.js';
import { toPlainRow } from './neo4j-values.js';

/** A transaction handed to a unit of work; its queries are named and typed like the runner's. */
export interface GraphTransaction {
  run<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]>;
}

export interface QueryRunnerOptions {
  /** Neo4j stops a single query's transaction after this long (a request's reads; not the seed's load). */
  queryTimeoutMs?: number;
  /** Tells the log when the database stops and starts answering. */
  availability?: DatabaseAvailability;
  /**
   * Told each query's name and time once it answered, and Neo4j's own part of that time (until its
   * first row, then until its last was sent): benchmarks break a request or a write down with it.
   */
  observe?: (query: string, ms: number, neo4jMs: number) => void;
}

/** A row of `query` as plain values, decoded into its row type where the query says how. */
function plainRow<R>(query: NamedQuery<unknown, R>, record: Neo4jRecord): R {
  const row = toPlainRow(record);
  return query.decode ? query.decode(row) : (row as R);
}

/**
 * neo4j-driver captures and formats the caller's stack for every query it runs, to put it on an
 * error should one come, and has no setting to turn that off: it was about 6% of the API's CPU
 * under load (docs/benchmarks.md). It does so synchronously inside session.run, so an empty stack
 * is captured for that call alone. A failed query is still logged with its Neo4j code, message
 * and GraphQL path (format-error.ts); only the driver error's copy of the caller's frames is gone.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Neo4j's own time on a query: until its first row was ready, then until its last was consumed. */
export function neo4jMs(summary: ResultSummary): number {
  return summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
}

/** The default QUERY_TIMEOUT_MS: a budgeted request's queries answer in well under a second. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

/**
 * Executes named queries against one database. Each call is one round trip; the counter lets tests
 * and benchmarks check that a GraphQL request costs a bounded number of them.
 */
export class QueryRunner {
  private trips = 0;
  private readonly timeout: number;
  readonly availability: DatabaseAvailability;
  private readonly observe: QueryRunnerOptions['observe'];

  constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly where: string,
    options: QueryRunnerOptions = {},
  ) {
    this.timeout = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
    this.availability = options.availability ?? new DatabaseAvailability(undefined);
    this.observe = options.observe;
  }

  get roundTrips(): number {
    return this.trips;
  }

  /** A runner over the same connection and availability whose queries may run `queryTimeoutMs`. */
  withTimeout(queryTimeoutMs: number): QueryRunner {
    return new QueryRunner(this.driver, this.database, this.where, { queryTimeoutMs, availability: this.availability, observe: this.observe });
  }

  /**
   * One read in an auto-commit transaction: RUN and PULL go out together and come back in one
   * network round trip, where executeQuery's managed transaction needs two (BEGIN, RUN and PULL,
   * then COMMIT) and twice the driver's work per query (docs/benchmarks.md, "The request path").
   * The driver retries it once when the connection fails before Neo4j started on it. Its bookmarks
   * are those of executeQuery, so a read still follows the writes of this process in a cluster.
   */
  async read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.trips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ', bookmarkManager: this.driver.executeQueryBookmarkManager });
    const started = this.observe && performance.now();
    try {
      const { records, summary } = await withoutCallerStack(() => session.run(query.text, params as Record<string, unknown>, { timeout: this.timeout }));
      this.availability.answered();
      if (started !== undefined) this.observe!(query.name, performance.now() - started, neo4jMs(summary));
      return records.map((record) => plainRow(query, record));
    } catch (error) {
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One write in its own transaction through executeQuery, which pipelines begin and run and
   * retries transient failures (for at most maxTransactionRetryTime, graph-connection.ts).
   */
  async write<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.trips += 1;
    const started = this.observe && performance.now();
    try {
      const { rows, summary } = await this.driver.executeQuery(query.text, params as Record<string, unknown>, {
        database: this.database,
        routing: routing.WRITE,
        transactionConfig: { timeout: this.timeout },
        // Each row mapped as it arrives, instead of kept as a record and copied afterwards.
        resultTransformer: resultTransformers.mappedResultTransformer({ map: (record) => plainRow(query, record), collect: (rows, summary) => ({ rows, summary }) }),
      });
      this.availability.answered();
      if (started !== undefined) this.observe!(query.name, performance.now() - started, neo4jMs(summary));
      return rows;
    } catch (error) {
      throw this.failure(error);
    }
  }

  /**
   * Several queries in one write transaction: all of them take effect, or none. `bounded` gives the
   * transaction the runner's query timeout (a request's write; the seed's load is not bounded).
   * An error the work throws itself (a refused write) passes through as it is.
   */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>, options: { bounded?: boolean } = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      const config = options.bounded ? { timeout: this.timeout } : undefined;
      const result = await session.executeWrite((tx) => work({ run: (query, params) => this.runIn(tx, query, params) }), config);
      this.availability.answered();
      return result;
    } catch (error) {
      if (!(error instanceof Neo4jError) && !(error instanceof DatabaseError)) throw error;
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  /** A schema statement (constraints, indexes) or a procedure on the schema, which Neo4j runs outside explicit transactions. */
  async runSchema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      this.trips += 1;
      await session.run(statement);
    } catch (error) {
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  private failure(error: unknown): DatabaseError {
    const failure = toDatabaseError(error, this.where);
    this.availability.failed(failure);
    return failure;
  }

  private async runIn<P, R>(tx: ManagedTransaction, query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.trips += 1;
    const started = this.observe && performance.now();
    const result = await tx.run(query.text, params as Record<string, unknown>);
    if (started !== undefined) this.observe!(query.name, performance.now() - started, neo4jMs(result.summary));
    return result.records.map((record) => plainRow(query, record));
  }
}
