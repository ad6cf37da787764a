import type { NamedQuery } from '../../src/database/named-query.js';
import { QueryRunner } from '../../src/database/query-runner.js';

export interface RecordedQuery {
  query: NamedQuery<unknown, unknown>;
  params: unknown;
}

/**
 * The project's query runner, noting the named queries a request runs and their parameters while
 * asked to, so that the very queries our API sent can be profiled afterwards.
 */
export class RecordingQueryRunner extends QueryRunner {
  private recorded: RecordedQuery[] | undefined;

  override read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    this.recorded?.push({ query: query as NamedQuery<unknown, unknown>, params });
    return super.read(query, params);
  }

  /** Runs `work` (one request at a time), returning what it returned, the queries it ran and the round trips it made. */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[]; roundTrips: number }> {
    const recorded: RecordedQuery[] = [];
    this.recorded = recorded;
    const before = this.roundTrips;
    try {
      const result = await work();
      return { result, queries: recorded, roundTrips: this.roundTrips - before };
    } finally {
      this.recorded = undefined;
    }
  }
}
