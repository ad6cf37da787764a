import { summaryOf } from '../graph/conflict-summary.js';
import type { GraphLoaders } from '../graph/graph-loaders.js';
import { loadAll } from '../graphql/load-all.js';
import { citationPassages } from './citation-passages.js';
import { displayClaim } from './claim-display.js';

/** A conflict's claims side by side, each with its quotes in context, and the findings in words. */
export async function conflictPage(loaders: GraphLoaders, id: string) {
  const conflict = await loaders.conflict.load(id);
  if (!conflict) return null;
  const [measure, claims, summary] = await Promise.all([loaders.measure.load(conflict.measureId), loadAll(conflict.claimIds, loaders.claim), summaryOf(loaders, conflict)]);
  const sides = await Promise.all(claims.map(async (claim) => ({ claim, display: displayClaim(claim), citations: await citationPassages(loaders, claim.citationIds) })));
  const statement = new Map(claims.map((c) => [c.id, c.statement]));
  const findings = conflict.findingReasons.map((reason, i) => ({
    reason,
    kind: conflict.findingKinds[i] ?? '',
    rule: conflict.findingRules[i] ?? '',
    claims: [conflict.findingClaimA[i], conflict.findingClaimB[i]].flatMap((c) => (c ? [{ id: c, statement: statement.get(c) ?? c }] : [])),
  }));
  return { conflict, measure, sides, findings, summary };
}
