import type { QueryRunner } from '../database/query-runner.js';
import { pageClaimIds, type ClaimFilter } from '../graph/claim-pages.js';
import { createGraphLoaders } from '../graph/graph-loaders.js';
import type { CitationRecord, ClaimRecord, EntityRecord, SourceRecord } from '../graph/records.js';
import { loadAll } from '../graphql/load-all.js';

/** A claim with everything an export writes about it: its citations, their sources and originators. */
export interface CitedClaim {
  claim: ClaimRecord;
  citations: { citation: CitationRecord; source: SourceRecord | null; originator: SourceRecord | EntityRecord | null }[];
}

/** Claims per batch: a few round trips each, and never more than one batch in memory. */
export const EXPORT_BATCH = 500;

/**
 * Every claim the filter matches, in id order, batch by batch through the same page query and
 * loaders as `claims(filter:)`. Each batch gets fresh loaders, so memory holds one batch whatever the
 * number of claims; the consumer's pace (a stream's backpressure) decides when the next is read.
 */
export async function* citedClaims(runner: QueryRunner, filter: ClaimFilter): AsyncGenerator<CitedClaim> {
  let after: { key: number; id: string } | undefined;
  for (;;) {
    const { page } = await pageClaimIds(runner, filter, 'ID', EXPORT_BATCH, after);
    if (page.length === 0) return;
    yield* await loadBatch(runner, page.map((p) => p.id));
    if (page.length < EXPORT_BATCH) return;
    after = page.at(-1);
  }
}

async function loadBatch(runner: QueryRunner, ids: string[]): Promise<CitedClaim[]> {
  const loaders = createGraphLoaders(runner);
  const claims = await loadAll(ids, loaders.claim);
  const citations = await loadAll([...new Set(claims.flatMap((c) => c.citationIds))], loaders.citation);
  const originatorIds = (kind: 'Source' | 'Entity') => citations.flatMap((q) => (q.attributedToKind === kind && q.attributedToId ? [q.attributedToId] : []));
  const [sources, entities] = await Promise.all([
    loadAll([...new Set([...citations.map((q) => q.sourceId), ...originatorIds('Source')])], loaders.source),
    loadAll([...new Set(originatorIds('Entity'))], loaders.entity),
  ]);
  const source = new Map(sources.map((s) => [s.id, s]));
  const entity = new Map(entities.map((e) => [e.id, e]));
  const citation = new Map(citations.map((q) => [q.id, q]));
  return claims.map((claim) => ({
    claim,
    citations: claim.citationIds.flatMap((id) => {
      const q = citation.get(id);
      if (!q) return [];
      const originator = q.attributedToId === null ? null : ((q.attributedToKind === 'Source' ? source.get(q.attributedToId) : entity.get(q.attributedToId)) ?? null);
      return [{ citation: q, source: source.get(q.sourceId) ?? null, originator }];
    }),
  }));
}
