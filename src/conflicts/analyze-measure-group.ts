import type { AnalysisOptions, MeasureAnalysis } from './analyze-measure.js';
import type { CitationClosure } from './comparable-claim.js';
import { groupFindings } from './conflict-groups.js';
import type { SumClaims } from './conflict-rule.js';
import { runRules } from './run-rules.js';
import { supportOf } from './support-status.js';

/**
 * Runs the cross-measure rules over a measure declared the sum of others: the claims of the whole
 * and of each part, each part's with the departures of its stock (so a head count is not carried
 * past a stated departure). Finds only what links the measures; each measure's own findings come
 * from `analyzeMeasure`. The groups are on the whole's measure. Every claim handed in gets a support
 * status from these findings alone: combine it with its measure's through `mergeSupport`.
 */
export function analyzeMeasureGroup(claims: SumClaims, closure: CitationClosure, sourceName: (id: string) => string, options: AnalysisOptions = {}): MeasureAnalysis {
  const findings = runRules({ scope: 'sum', claims }, { closure, ...options });
  const all = [...claims.whole, ...[...claims.parts.values()].flat()];
  return { groups: groupFindings(findings, claims.wholeMeasureId), support: supportOf(all, findings, closure, sourceName) };
}
