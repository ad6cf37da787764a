import { randomUUID } from 'node:crypto';
import { namedQuery } from '../database/named-query.js';
import type { GraphTransaction } from '../database/query-runner.js';

/** Who wrote: a token's holder (by the token's name), or the seed loader. */
export interface Agent {
  name: string;
  /** A token's holder (the API), a curator at the command line, or the seed loader. */
  kind: 'token' | 'cli' | 'seed';
}

export const SEED_LOADER: Agent = { name: 'seed loader', kind: 'seed' };

/** The kinds of write an activity records; the history names them. */
export type ActivityKind = 'seed' | 'addSource' | 'addEntity' | 'addMeasure' | 'addClaims' | 'updateClaim' | 'retractClaim';

export type ClaimChangeRecord =
  | { claimId: string; change: 'created' }
  | { claimId: string; change: 'updated'; fields: string[]; previous: string }
  | { claimId: string; change: 'retracted'; reason: string };

export interface ActivityRecord {
  kind: ActivityKind;
  agent: Agent;
  claimChanges: readonly (ClaimChangeRecord | { claimId: string; change: 'created' | 'updated' })[];
  /** Sources, entities and measures the activity created. */
  generated: string[];
  idempotencyKey: string | null;
  inputHash: string | null;
  /** The answer given, as JSON, for a replay of the same request. */
  answer: string | null;
}

const recordActivityQuery = namedQuery<
  Omit<ActivityRecord, 'claimChanges'> & { id: string; at: string; claimChanges: Record<string, unknown>[] },
  { id: string }
>('curation/record-activity');
const activityByKey = namedQuery<{ idempotencyKey: string }, { id: string; inputHash: string | null; answer: string | null }>('curation/activity-by-key');

/** A new activity's id: its day, for a reader, and a random part, for uniqueness. */
export function newActivityId(at = new Date()): string {
  return `activity-${at.toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
}

/** Records one write in PROV terms (cypher/curation/record-activity). */
export async function recordActivity(tx: GraphTransaction, record: ActivityRecord & { id?: string }, at = new Date()): Promise<void> {
  await tx.run(recordActivityQuery, {
    ...record,
    id: record.id ?? newActivityId(at),
    at: at.toISOString(),
    claimChanges: record.claimChanges.map((c) => ({ fields: null, previous: null, reason: null, ...c })),
  });
}

/** The earlier activity a client's idempotency key names, if any. */
export async function activityOfKey(tx: GraphTransaction, idempotencyKey: string) {
  const [found] = await tx.run(activityByKey, { idempotencyKey });
  return found;
}
