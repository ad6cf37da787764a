/** What a write looks up before it writes (cypher/curation/write-context): ids asked for, what exists. */
export interface WriteContext {
  entityIds: string[];
  measures: ({ id: string; unit: string } | null)[];
  sources: ({ id: string; text: string | null } | null)[];
  originatorIds: string[];
  claims: ({ id: string; contentHash: string | null; measureId: string | null; retracted: boolean; inputHash: string | null; answer: string | null } | null)[];
  /** Per member name asked for, the entity it names (by id or name), or null. */
  memberEntityIds: (string | null)[];
}
export type ContextIds = { entityIds: string[]; measureIds: string[]; sourceIds: string[]; originatorIds: string[]; claimIds: string[]; memberNames: string[] };

export const NO_IDS: ContextIds = { entityIds: [], measureIds: [], sourceIds: [], originatorIds: [], claimIds: [], memberNames: [] };
