import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import type { RecordSelection } from '../../src/graph/selected-records.js';
import { recordSelection } from '../../src/graphql/record-selection.js';

const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));

/** What the root field of `source` asks its query to read. */
async function selectionOf(source: string, variableValues?: Record<string, unknown>): Promise<RecordSelection> {
  let selection: RecordSelection | undefined;
  const capture = (answer: unknown) => (_: unknown, __: unknown, info: GraphQLResolveInfo) => {
    selection = recordSelection(info);
    return answer;
  };
  const emptyPage = { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
  const rootValue = { claim: capture(null), source: capture(null), verifyCitation: capture(null), pledges: capture(emptyPage), entities: capture(emptyPage), conflicts: capture(emptyPage) };
  const { errors } = await graphql({ schema, source, variableValues, rootValue });
  expect(errors).toBeUndefined();
  return selection!;
}

describe('what a selection asks a root query to read', () => {
  it('follows docs/05 to every step it needs, and to no other', async () => {
    const source = readFileSync(path.join(projectRoot, 'docs', 'operations', '05-claim-provenance.graphql'), 'utf8');
    const selection = await selectionOf(source, { id: 'x' });
    expect(selection).toMatchObject({ derivedFrom: true, corroboratedBy: true, claimCitations: true, citationSources: true, originators: true, references: true, referencedSources: true, contextChars: 120 });
    expect(selection).toMatchObject({ measureSeries: false, measureConflicts: false, conflictClaims: false, claimMeasures: false, sourceClaimCounts: false, entityClaims: 0 });
  });

  it("counts the sources' claims only where Source.claimCount is asked", async () => {
    expect((await selectionOf('{ claim(id: "x") { citations { source { title claimCount } } } }')).sourceClaimCounts).toBe(true);
    expect((await selectionOf('{ claim(id: "x") { citations { source { title } } } }')).sourceClaimCounts).toBe(false);
  });

  it("reads a source's first citations ahead for one count the resolver accepts, and a verified citation when asked", async () => {
    expect((await selectionOf('{ source(id: "x") { citations(first: 5) { claims { id } } } }')).sourceCitations).toBe(5);
    expect((await selectionOf('{ source(id: "x") { citations(first: 5) { claims { statement } } } }')).citationClaims).toBe(true);
    expect((await selectionOf('{ source(id: "x") { a: citations(first: 5) { id } b: citations(first: 6) { id } } }')).sourceCitations).toBe(0);
    expect((await selectionOf('{ source(id: "x") { citations(first: 5000) { id } } }')).sourceCitations).toBe(0);
    expect((await selectionOf('{ verifyCitation(id: "x") { citation { id } } }')).checkedCitations).toBe(true);
    expect((await selectionOf('{ verifyCitation(id: "x") { ok } }')).checkedCitations).toBe(false);
  });

  it('reads for the pledges list its total, claims and entities only where they are asked', async () => {
    const source = readFileSync(path.join(projectRoot, 'docs', 'operations', '07-pledges.graphql'), 'utf8');
    expect(await selectionOf(source)).toMatchObject({ contributorTotal: true, pledgeClaims: true, pledgeEntities: true, claimCitations: true, citationSources: true });
    expect(await selectionOf('{ pledges { edges { node { pledgedCount } } } }')).toMatchObject({ contributorTotal: false, pledgeClaims: false, pledgeEntities: false });
  });

  it('reads through named and inline fragments', async () => {
    const selection = await selectionOf(`
      query { claim(id: "x") { ...withCitations } }
      fragment withCitations on Claim { citations { attributedTo { ... on Source { cites { number } } } } }`);
    expect(selection).toMatchObject({ claimCitations: true, originators: true, references: true, citationSources: false });
  });

  it('leaves contexts of two widths (aliases) to the loader', async () => {
    const selection = await selectionOf('{ claim(id: "x") { citations { near: context(chars: 20) far: context(chars: 400) } } }');
    expect(selection.contextChars).toBe(0);
  });

  it("reads an entity list's first page of claims ahead, not a page after a cursor nor a size the resolver refuses", async () => {
    expect((await selectionOf('{ entities(first: 5) { edges { node { claims(first: 10) { totalCount } } } } }')).entityClaims).toBe(10);
    expect((await selectionOf('{ entities { edges { node { claims(first: 10, after: "c") { totalCount } } } } }')).entityClaims).toBe(0);
    expect((await selectionOf('{ entities { edges { node { claims(first: 500) { totalCount } } } } }')).entityClaims).toBe(0);
  });

  it('reads for a conflict summary its measure and the pair it quotes, not every claim, citation and source of the group', async () => {
    const selection = await selectionOf('{ conflicts { edges { node { summary } } } }');
    expect(selection).toMatchObject({ conflictMeasures: true, conflictSummaries: true, measureSeries: false, sourceClaimCounts: false });
    expect(selection).toMatchObject({ conflictClaims: false, claimCitations: false, citationSources: false, references: false });
  });

  it('reads no records for a list its parent holds the ids of when only their ids are asked, through fragments too', async () => {
    const source = readFileSync(path.join(projectRoot, 'docs', 'operations', '04-all-conflicts.graphql'), 'utf8');
    expect(await selectionOf(source)).toMatchObject({ conflictClaims: false, claimCitations: false });
    expect((await selectionOf('{ conflicts { edges { node { findings { claims { id statement } } } } } }')).conflictClaims).toBe(true);
    expect((await selectionOf('{ conflicts { edges { node { findings { claims { ... on Claim { id __typename } } } } } } }')).conflictClaims).toBe(false);
    expect(
      (await selectionOf('query { conflicts { edges { node { claims { id ...withText } } } } } fragment withText on Claim { statement }')).conflictClaims,
    ).toBe(true);
    expect(await selectionOf('{ claim(id: "x") { citations { id } derivation { from { id } } } }')).toMatchObject({ claimCitations: false, derivedFrom: false });
  });
});

describe('which record properties a request reads', () => {
  it('a claims page reads the properties its fields show, and not the others', async () => {
    const { properties } = await selectionOf('{ claim(id: "x") { statement value { text } citations { quote source { title } } } }');
    // The flags of the computed properties and the stored ones named in `stored`.
    const read = ({ stored, ...flags }: { stored: (string | null)[] }) =>
      [...Object.entries(flags).flatMap(([p, on]) => (on === true ? [p] : [])), ...stored.filter((p) => p !== null)].sort();
    expect(read(properties.claim)).toEqual(['amount', 'citationIds', 'currency', 'qualifier', 'statement', 'unit', 'valueHigh', 'valueLow']);
    expect(read(properties.citation)).toEqual(['quote']);
    expect(read(properties.source)).toEqual(['title']);
    // The stored ones by name, in their fixed places, for the parts to read one by one.
    expect(properties.citation.stored).toEqual(['quote', null, null, null, null, null]);
  });

  it('a field asked for ids alone still reads the ids its parent holds', async () => {
    const { properties, claimCitations } = await selectionOf('{ claim(id: "x") { citations { id } support { corroboratedBy { id } } } }');
    expect(claimCitations).toBe(false);
    expect(properties.claim).toMatchObject({ citationIds: true, corroboratedByIds: true });
    expect(properties.claim.stored.filter((p) => p !== null)).toEqual([]);
  });

  it('what every root field of the request asks: one root field primes the loaders another reads', async () => {
    const { properties } = await selectionOf('{ claim(id: "x") { statement } pledges { edges { node { pledged { jointWith { id } } } } } }');
    expect(properties.claim).toMatchObject({ madeByIds: true });
    expect(properties.claim.stored).toContain('statement');
    expect(properties.claim.stored).not.toContain('note');
  });
});
