import type { CitationClosure, ComparableClaim } from './comparable-claim.js';
import { groupFindings, type ConflictGroup } from './conflict-groups.js';
import { runRules } from './run-rules.js';
import { supportOf, type Support } from './support-status.js';

export type { ConflictGroup } from './conflict-groups.js';
export { mergeSupport, ownSourcesSupport, type Support, type SupportStatus } from './support-status.js';

export interface MeasureAnalysis {
  groups: ConflictGroup[];
  support: Map<string, Support>;
}

export interface AnalysisOptions {
  /** A name as texts write it (normalized by `memberKey`) to the entity it names, from the entities' aliases; lists compare through it. */
  aliases?: ReadonlyMap<string, string>;
}

/**
 * Runs the measure rules over one measure's claims, groups the findings, and gives each claim a
 * support status. The claims may include the arrivals and departures of the measure's stock (claims
 * of its flow measures with `role` set): the stock rule adds them up, and they are compared with
 * each other, never with the stock's head counts. Costs grow with the claims handed in (pairs),
 * never with the graph.
 */
export function analyzeMeasure(
  claims: readonly ComparableClaim[],
  closure: CitationClosure,
  sourceName: (id: string) => string,
  options: AnalysisOptions = {},
): MeasureAnalysis {
  const findings = runRules({ scope: 'measure', claims }, { closure, ...options });
  const measureId = claims.find((c) => c.role !== 'arrival' && c.role !== 'departure')?.measureId ?? claims[0]?.measureId ?? '';
  return { groups: groupFindings(findings, measureId), support: supportOf(claims, findings, closure, sourceName) };
}
