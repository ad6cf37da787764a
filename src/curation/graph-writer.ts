import type { GraphTransaction } from '../database/query-runner.js';
import { contributorMarks } from './contributors.js';
import { curationQueries as q } from './curation-queries.js';
import type { GraphWrite, Origin } from './graph-rows.js';

/** What happened to each claim a write touched, as the history records it. */
export type ClaimChange = 'created' | 'updated' | 'unchanged';

/**
 * Writes nodes of every kind in dependency order (entities, measures, sources, reference lists,
 * claims, their derivations, citations), each kind in one query over all its rows, then labels
 * the contributors the write made (see contributors.ts). The seed
 * loader and the curation commands both write through here; assessment is reassess's job.
 */
export async function writeGraph(tx: GraphTransaction, write: GraphWrite, origin: Origin, progress?: (what: string) => void): Promise<Map<string, ClaimChange>> {
  const step = async (what: string, rows: readonly unknown[], run: () => Promise<unknown>) => {
    if (rows.length === 0) return;
    progress?.(what);
    await run();
  };
  await step('entities', write.entities, () => tx.run(q.writeEntities, { rows: write.entities, origin }));
  await step('measures', write.measures, () => tx.run(q.writeMeasures, { rows: write.measures, origin }));
  await step('sources', write.sources, () => tx.run(q.writeSources, { rows: write.sources, origin }));
  await step('reference lists', write.cites, () => tx.run(q.writeCites, { rows: write.cites, origin }));
  const changes = new Map<string, ClaimChange>();
  const hashes = new Map(write.claims.map((c) => [c.id, c.properties.contentHash]));
  await step('claims', write.claims, async () => {
    for (const row of await tx.run(q.writeClaims, { rows: write.claims })) {
      changes.set(row.id, row.previousHash === null ? 'created' : row.previousHash === hashes.get(row.id) ? 'unchanged' : 'updated');
    }
    await tx.run(q.linkDerivations, { rows: write.claims });
  });
  await step('citations', write.citations, () => tx.run(q.writeCitations, { rows: write.citations }));
  const marks = contributorMarks(write);
  await step('contributors', marks.rows, () => tx.run(q.markContributors, marks));
  return changes;
}
