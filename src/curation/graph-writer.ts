import type { GraphTransaction } from '../database/query-runner.js';
import { curationQueries as q } from './curation-queries.js';
import type { GraphWrite, Origin } from './graph-rows.js';
import { pledgeEntryChanges } from './pledge-entries.js';

/** What happened to each claim a write touched, as the history records it. */
export type ClaimChange = 'created' | 'updated' | 'unchanged';

export interface WriteOptions {
  /** Told the kind of rows about to be written. */
  progress?: (what: string) => void;
  /**
   * Every claim, citation and reference list entry of the write is new, and so are the sources they
   * are stated in (a bulk load into a graph without them, e.g. the bench's generator): they are
   * created without the lookups that let a write update in place. Only a caller that made the ids
   * itself may say so; a curator's write never does.
   */
  fresh?: boolean;
}

/**
 * Writes nodes of every kind in dependency order (entities, measures, sources, reference lists,
 * claims, their derivations, citations), each kind in one query over all its rows, then makes
 * the pledges view's entries of what it changed again, and with them the Contributor labels (see
 * pledge-entries.ts). The seed loader, the curation commands
 * and the bench's generator write through here; assessment is reassess's job.
 */
export async function writeGraph(tx: GraphTransaction, write: GraphWrite, origin: Origin, options: WriteOptions = {}): Promise<Map<string, ClaimChange>> {
  const step = async (what: string, rows: readonly unknown[], run: () => Promise<unknown>) => {
    if (rows.length === 0) return;
    options.progress?.(what);
    await run();
  };
  await step('entities', write.entities, () => tx.run(q.writeEntities, { rows: write.entities, origin }));
  await step('measures', write.measures, () => tx.run(q.writeMeasures, { rows: write.measures, origin }));
  await step('sources', write.sources, () => tx.run(q.writeSources, { rows: write.sources, origin }));
  await step('reference lists', write.cites, () => tx.run(options.fresh ? q.createCites : q.writeCites, { rows: write.cites, origin }));
  const changes = new Map<string, ClaimChange>();
  if (options.fresh) {
    await step('claims', write.claims, () => tx.run(q.createClaims, { rows: write.claims }));
    for (const c of write.claims) changes.set(c.id, 'created');
  } else {
    const hashes = new Map(write.claims.map((c) => [c.id, c.properties.contentHash]));
    await step('claims', write.claims, async () => {
      for (const row of await tx.run(q.writeClaims, { rows: write.claims })) {
        changes.set(row.id, row.previousHash === null ? 'created' : row.previousHash === hashes.get(row.id) ? 'unchanged' : 'updated');
      }
    });
  }
  // A new claim has no stale derivation links to drop: only derived ones need the query.
  const derived = options.fresh ? write.claims.filter((c) => c.derivedFromIds.length > 0) : write.claims;
  await step('derivations', derived, () => tx.run(q.linkDerivations, { rows: derived }));
  await step('citations', write.citations, () => tx.run(options.fresh ? q.createCitations : q.writeCitations, { rows: write.citations }));
  const entries = pledgeEntryChanges(write, options.fresh ?? false);
  await step('pledge entries', [...entries.claimIds, ...entries.measureIds, ...entries.entityIds], () => tx.run(q.writePledgeEntries, entries));
  return changes;
}
