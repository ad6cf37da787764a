import { namedQuery } from '../database/named-query.js';
import type { CitationNode, CitesRow, ClaimNode, ConflictNode, EntityNode, MeasureNode, Origin, SourceNode, SupportRow } from './graph-rows.js';
import { citationsByIds, claimsByIds, entitiesByIds } from '../graph/graph-loaders.js';
import type { PledgeEntryChanges } from './pledge-entries.js';
import type { AssessmentInput } from './reassess.js';
import type { ContextIds, WriteContext } from './write-context.js';

/** The write side's queries, cypher/curation/, declared once: file, parameters, row. */
export const curationQueries = {
  writeEntities: namedQuery<{ rows: EntityNode[]; origin: Origin }, never>('curation/write-entities'),
  writeMeasures: namedQuery<{ rows: MeasureNode[]; origin: Origin }, never>('curation/write-measures'),
  writeSources: namedQuery<{ rows: SourceNode[]; origin: Origin }, never>('curation/write-sources'),
  writeCites: namedQuery<{ rows: CitesRow[]; origin: Origin }, never>('curation/write-cites'),
  writeClaims: namedQuery<{ rows: ClaimNode[] }, { id: string; previousHash: string | null }>('curation/write-claims'),
  linkDerivations: namedQuery<{ rows: ClaimNode[] }, never>('curation/link-derivations'),
  writeCitations: namedQuery<{ rows: CitationNode[] }, never>('curation/write-citations'),
  writePledgeEntries: namedQuery<PledgeEntryChanges, never>('curation/write-pledge-entries'),
  // A fresh write's (graph-writer's `fresh`): the same rows, created without looking for them first.
  createCites: namedQuery<{ rows: CitesRow[]; origin: Origin }, never>('curation/create-cites'),
  createClaims: namedQuery<{ rows: ClaimNode[] }, never>('curation/create-claims'),
  createCitations: namedQuery<{ rows: CitationNode[] }, never>('curation/create-citations'),
  writeContext: namedQuery<ContextIds, WriteContext>('curation/write-context'),
  retractClaim: namedQuery<{ id: string; reason: string; by: string; at: string }, never>('curation/retract-claim'),
  // The read side's lookups by id, which a write reads inside its transaction.
  claimsByIds,
  citationsByIds,
  entitiesByIds,
  lockClaim: namedQuery<{ id: string }, { locked: number }>('curation/lock-claim'),
  lockMeasures: namedQuery<{ measureIds: string[] }, { locked: number }>('curation/lock-measures'),
  assessmentInput: namedQuery<{ measureIds: string[]; claimIds: string[]; eventKeys: string[] }, AssessmentInput>('curation/assessment-input'),
  writeSupport: namedQuery<{ rows: SupportRow[] }, never>('curation/write-support'),
  measuresNearSource: namedQuery<{ sourceId: string }, { measureIds: string[] }>('curation/measures-near-source'),
  writeConflicts: namedQuery<{ measureIds: string[]; rows: ConflictNode[] }, never>('curation/write-conflicts'),
};
