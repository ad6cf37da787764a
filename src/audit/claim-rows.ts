import type { GraphLoaders } from '../graph/graph-loaders.js';
import type { ClaimRecord, SourceRecord } from '../graph/records.js';
import { loadAll } from '../graphql/load-all.js';
import { displayClaim, type ClaimDisplay } from './claim-display.js';

/** A claim as one line of a list: statement, value, time, support status and the sources stating it. */
export interface ClaimRow {
  claim: ClaimRecord;
  display: ClaimDisplay;
  sources: SourceRecord[];
}

/** The rows of a list of claims: their citations, then their sources, each in one batched read. */
export async function claimRows(loaders: GraphLoaders, claims: ClaimRecord[]): Promise<ClaimRow[]> {
  const citations = await loadAll([...new Set(claims.flatMap((c) => c.citationIds))], loaders.citation);
  const sources = await loadAll([...new Set(citations.map((c) => c.sourceId))], loaders.source);
  const sourceOf = new Map(sources.map((s) => [s.id, s]));
  const sourceIdOf = new Map(citations.map((q) => [q.id, q.sourceId]));
  return claims.map((claim) => ({
    claim,
    display: displayClaim(claim),
    sources: [...new Set(claim.citationIds.map((q) => sourceIdOf.get(q)))].flatMap((s) => (s && sourceOf.has(s) ? [sourceOf.get(s)!] : [])),
  }));
}
