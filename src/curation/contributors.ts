import { CONTRIBUTOR_TYPES } from '../ingestion/seed-schema.js';
import type { GraphWrite } from './graph-rows.js';

/** mark-contributors' parameters: the entities to look at, and the types a contributor can have. */
export interface ContributorMarks {
  rows: string[];
  contributorTypes: readonly string[];
}

/**
 * The entities whose wholes a write may have made contributors (cypher/curation/mark-contributors):
 * every entity written (a new part may bring pledges to its whole), the subject of every measure
 * with an aspect (its claims may have been written before it had one), and the subject and makers
 * of every claim that can be a pledge or a delivery. Whether a claim's measure has an aspect is the
 * query's to check, so claims of any measure count.
 */
export function contributorMarks(write: Pick<GraphWrite, 'entities' | 'measures' | 'claims'>): ContributorMarks {
  const ids = new Set(write.entities.map((e) => e.id));
  for (const m of write.measures) if (m.aspect !== null) ids.add(m.subjectId);
  for (const { properties: c } of write.claims) {
    if (c.kind !== 'pledge' && c.measureId === null && c.madeByIds.length === 0) continue;
    ids.add(c.subjectId);
    for (const maker of c.madeByIds) ids.add(maker);
  }
  return { rows: [...ids], contributorTypes: CONTRIBUTOR_TYPES };
}
