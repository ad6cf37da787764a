import { describe, expect, it } from 'vitest';
import { queryText, cypherDir } from '../../src/database/named-query.js';
import { pledgeEntryChanges } from '../../src/curation/pledge-entries.js';
import { CONTRIBUTOR_TYPES } from '../../src/ingestion/seed-schema.js';

describe('the pledges view entries the writer keeps', () => {
  it('are made for wholes of the contributor types the seed schema names', () => {
    const types = /whole\.type IN \[([^\]]*)\]/.exec(queryText(cypherDir, 'curation/pledge-entries.part.cypher'))![1]!;
    expect(types.split(',').map((t) => t.trim().replace(/'/g, ''))).toEqual([...CONTRIBUTOR_TYPES]);
  });

  it("are made again for a write's claims, and for its measures' and entities' unless they are all new", () => {
    const write = { claims: [{ id: 'c' }], measures: [{ id: 'm' }], entities: [{ id: 'e' }] } as Parameters<typeof pledgeEntryChanges>[0];
    expect(pledgeEntryChanges(write, false)).toEqual({ claimIds: ['c'], measureIds: ['m'], entityIds: ['e'] });
    expect(pledgeEntryChanges(write, true)).toEqual({ claimIds: ['c'], measureIds: [], entityIds: [] });
  });
});
