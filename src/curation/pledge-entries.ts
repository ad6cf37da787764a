import type { GraphWrite } from './graph-rows.js';

/** write-pledge-entries' parameters: what a write may have changed the pledges view's entries of. */
export interface PledgeEntryChanges {
  claimIds: string[];
  measureIds: string[];
  entityIds: string[];
}

/**
 * What a write may have changed the entries of (cypher/curation/write-pledge-entries): its claims,
 * and the claims of its measures and entities, whose aspect, PART_OF, type or name may be new. A
 * fresh write's measures and entities are new too, so their only claims are the write's own.
 */
export function pledgeEntryChanges(write: Pick<GraphWrite, 'entities' | 'measures' | 'claims'>, fresh: boolean): PledgeEntryChanges {
  return {
    claimIds: write.claims.map((c) => c.id),
    measureIds: fresh ? [] : write.measures.map((m) => m.id),
    entityIds: fresh ? [] : write.entities.map((e) => e.id),
  };
}
