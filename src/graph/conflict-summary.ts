import { conflictSummary } from '../conflicts/conflict-summary.js';
import type { GraphLoaders } from './graph-loaders.js';
import type { ConflictRecord } from './records.js';

/**
 * A conflict's summary: as the assessment stored it, or, for a conflict stored before summaries
 * were, composed from its measure and the first finding's pair, read apart.
 */
export async function summaryOf(loaders: GraphLoaders, conflict: ConflictRecord): Promise<string> {
  if (conflict.summary !== null) return conflict.summary;
  const pair = [conflict.findingClaimA[0], conflict.findingClaimB[0]].filter((id): id is string => id !== undefined);
  const [measure, ...sides] = await Promise.all([loaders.measure.load(conflict.measureId), ...pair.map((id) => loaders.summarySide.load(id))]);
  return conflictSummary({ measureName: measure?.name ?? conflict.measureId, sides, firstReason: conflict.findingReasons[0], claimCount: conflict.claimIds.length });
}
