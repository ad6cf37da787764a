import type { AnalysisOptions, MeasureAnalysis } from './analyze-measure.js';
import type { CitationClosure, ComparableClaim, MeasureSum } from './comparable-claim.js';
import { groupFindings } from './conflict-groups.js';
import { runRules } from './run-rules.js';
import { supportOf } from './support-status.js';

/**
 * Runs the cross-measure rules over a measure declared the sum of others: the claims of the whole
 * and of each part (with the parts' departures, `role: 'departure'`, so a head count is not carried
 * past a stated departure). Finds only what links measures; each measure's own findings come from
 * `analyzeMeasure`. The groups are on the whole's measure. Every claim handed in gets a support
 * status from these findings alone: combine it with its measure's through `mergeSupport`.
 */
export function analyzeMeasureGroup(
  sum: MeasureSum,
  claims: readonly ComparableClaim[],
  closure: CitationClosure,
  sourceName: (id: string) => string,
  options: AnalysisOptions = {},
): MeasureAnalysis {
  const parts = new Map(sum.partMeasureIds.map((id) => [id, claims.filter((c) => c.measureId === id)]));
  const whole = claims.filter((c) => c.measureId === sum.wholeMeasureId);
  const findings = runRules({ scope: 'sum', claims: { sum, whole, parts } }, { closure, ...options });
  return { groups: groupFindings(findings, sum.wholeMeasureId), support: supportOf(claims, findings, closure, sourceName) };
}
