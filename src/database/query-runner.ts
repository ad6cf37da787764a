import { routing, type Driver, type ManagedTransaction, type RoutingControl } from 'neo4j-driver';
import { toDatabaseError } from './database-errors.js';
import type { NamedQuery } from './named-query.js';
import { toPlainValue } from './neo4j-values.js';

/** A transaction handed to a unit of work; its queries are named and typed like the runner's. */
export interface GraphTransaction {
  run<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]>;
}

/**
 * Executes named queries against one database. Each call is one round trip; the counter lets tests
 * and benchmarks check that a GraphQL request costs a bounded number of them.
 */
export class QueryRunner {
  private trips = 0;

  constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly where: string,
  ) {}

  get roundTrips(): number {
    return this.trips;
  }

  read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    return this.executeOne(routing.READ, query, params);
  }

  write<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    return this.executeOne(routing.WRITE, query, params);
  }

  /** Several queries in one write transaction: all of them take effect, or none. */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite((tx) => work({ run: (query, params) => this.runIn(tx, query, params) }));
    } catch (error) {
      throw toDatabaseError(error, this.where);
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
      throw toDatabaseError(error, this.where);
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
    try {
      const { records } = await this.driver.executeQuery(query.text, params as Record<string, unknown>, { database: this.database, routing: mode });
      return records.map((record) => toPlainValue(record.toObject()) as R);
    } catch (error) {
      throw toDatabaseError(error, this.where);
    }
  }

  private async runIn<P, R>(tx: ManagedTransaction, query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.trips += 1;
    const result = await tx.run(query.text, params as Record<string, unknown>);
    return result.records.map((record) => toPlainValue(record.toObject()) as R);
  }
}
