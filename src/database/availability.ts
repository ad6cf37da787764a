import type { DatabaseError } from './database-errors.js';

export interface AvailabilityLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/**
 * Whether the database answered the last call. An outage is logged once when it starts (with the
 * operator's detail: where, and the driver's words) and once when it ends, however many requests
 * fail in between.
 */
export class DatabaseAvailability {
  private downSince: number | undefined;
  private readonly recovered: (() => void)[] = [];

  constructor(private readonly log: AvailabilityLog | undefined) {}

  failed(error: DatabaseError): void {
    if (error.code !== 'DATABASE_UNAVAILABLE' || this.downSince !== undefined) return;
    this.downSince = Date.now();
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    this.log?.warn({ cause }, `${error.message} Requests fail with DATABASE_UNAVAILABLE (HTTP 503) until it answers again.`);
  }

  answered(): void {
    if (this.downSince === undefined) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = undefined;
    this.log?.info({ outageSeconds: Number(seconds) }, `Neo4j answers again after ${seconds} s.`);
    for (const listener of this.recovered) listener();
  }

  /** Calls `listener` each time an outage ends: a restarted Neo4j has lost what it had cached. */
  onRecovery(listener: () => void): void {
    this.recovered.push(listener);
  }
}
