import type { GraphLoaders } from '../graph/graph-loaders.js';
import { loadAll } from '../graphql/load-all.js';
import { citationPassages } from './citation-passages.js';
import { displayClaim } from './claim-display.js';

/** Everything the claim page shows, read through the same batch loaders as the GraphQL API; null for an unknown id. */
export async function claimPage(loaders: GraphLoaders, id: string) {
  const claim = await loaders.claim.load(id);
  if (!claim) return null;
  const [subject, measure, citations, derivedFrom, corroboratedBy, conflicts, history] = await Promise.all([
    loaders.entity.load(claim.subjectId),
    claim.measureId ? loaders.measure.load(claim.measureId) : null,
    citationPassages(loaders, claim.citationIds),
    loadAll(claim.derivedFromIds, loaders.claim),
    loadAll(claim.corroboratedByIds, loaders.claim),
    loadAll(claim.conflictIds, loaders.conflict),
    loaders.historyOfClaim.load(claim.id),
  ]);
  return { claim, display: displayClaim(claim), subject, measure, citations, derivedFrom, corroboratedBy, conflicts, history };
}
