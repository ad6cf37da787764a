import type { CitationClosure, EventClaim } from './comparable-claim.js';
import { runRules } from './run-rules.js';
import { supportOf, type Support } from './support-status.js';

/**
 * Support of claims about events that have no measure: two claims with one `eventKey` at times
 * that can be the same, from independent voices, corroborate each other; otherwise a claim's own
 * citations decide. Hand in the claims of one event key (or a few): the cost grows with their pairs.
 */
export function analyzeEvents(claims: readonly EventClaim[], closure: CitationClosure, sourceName: (id: string) => string): Map<string, Support> {
  return supportOf(claims, runRules({ scope: 'events', claims }, { closure }), closure, sourceName);
}
