import { Neo4jError, routing, type Driver, type ManagedTransaction, type RoutingControl } from 'neo4j-driver';
import { DatabaseAvailability } from './availability.js';
import { DatabaseError, toDatabaseError } from './database-errors.js';
import type { NamedQuery } from './named-query.js';
import { toPlainValue } from './neo4j-values.js';

/** A transaction handed to a unit of work; its queries are named and typed like the runner's. */
export interface GraphTransaction {
  run<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]>;
}

export interface QueryRunnerOptions {
  /** Neo4j stops a single query's transaction after this long (a request's reads; not the seed's load). */
  queryTimeoutMs?: number;
  /** Tells the log when the database stops and starts answering. */
  availability?: DatabaseAvailability;
  /** Told each query's name and time once it answered (benchmarks break a write down with it). */
  observe?: (query: string, ms: number) => void;
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
  private readonly availability: DatabaseAvailability;
  private readonly observe: ((query: string, ms: number) => void) | undefined;

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

  read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    return this.executeOne(routing.READ, query, params);
  }

  write<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    return this.executeOne(routing.WRITE, query, params);
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

  /** A schema statement (constraints, indexes), which Neo4j runs outside explicit transactions. */
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

  /**
   * One query in its own transaction through executeQuery, which pipelines begin, run and commit
   * (about half the latency of a transaction function here) and still retries transient failures.
   */
  private async executeOne<P, R>(mode: RoutingControl, query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.trips += 1;
    const started = this.observe && performance.now();
    try {
      const { records } = await this.driver.executeQuery(query.text, params as Record<string, unknown>, {
        database: this.database,
        routing: mode,
        transactionConfig: { timeout: this.timeout },
      });
      this.availability.answered();
      if (started !== undefined) this.observe!(query.name, performance.now() - started);
      return records.map((record) => toPlainValue(record.toObject()) as R);
    } catch (error) {
      throw this.failure(error);
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
    if (started !== undefined) this.observe!(query.name, performance.now() - started);
    return result.records.map((record) => toPlainValue(record.toObject()) as R);
  }
}
