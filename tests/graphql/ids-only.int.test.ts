import { describe, expect, it } from 'vitest';
import { FIELDS_OF_HELD_IDS } from '../../src/graphql/ids-only.js';
import { useCorpusApi } from '../support/corpus-api.js';

/**
 * A field its parent holds the ids of, asked for ids alone, is answered from those ids without
 * reading its members (src/graphql/ids-only.ts): the answer must be the one the members' records give.
 */
const env = useCorpusApi();

type Kind = 'Claim' | 'Citation' | 'Entity' | 'Measure' | 'Conflict';
const NOTHING_MORE: Record<Kind, string> = { Claim: '', Citation: '', Entity: '', Measure: '', Conflict: '' };
// A field of each kind that only its record holds.
const FROM_RECORDS: Record<Kind, string> = { Claim: 'statement', Citation: 'quote', Entity: 'name', Measure: 'unit', Conflict: 'severity' };

// Every field of FIELDS_OF_HELD_IDS the corpus reaches, with `more` asked of each member.
const lists = (more: Record<Kind, string>) => `{
  conflicts(first: 50) { edges { node {
    claims { id ${more.Claim} }
    findings { claims { id ${more.Claim} } }
    measure { conflicts { id ${more.Conflict} } sumOf { id ${more.Measure} } partOf { id ${more.Measure} } flows { id ${more.Measure} } subject { measures { id ${more.Measure} } } }
  } } }
  claims(first: 100, filter: { source: "wikipedia-mss" }) { edges { node {
    citations { id ${more.Citation} claims { id ${more.Claim} } }
    madeBy { id ${more.Entity} }
    conflicts { id ${more.Conflict} }
    derivation { from { id ${more.Claim} } }
    support { corroboratedBy { id ${more.Claim} } }
  } } }
  pledges { edges { node {
    contributor { id ${more.Entity} }
    parts { id ${more.Entity} }
    pledged { claim { id ${more.Claim} } by { id ${more.Entity} } }
    delivered { claim { id ${more.Claim} } by { id ${more.Entity} } }
  } } }
}`;

/* eslint-disable @typescript-eslint/no-explicit-any */
const only = (keep: (key: string) => boolean, value: any): any =>
  Array.isArray(value)
    ? value.map((v) => only(keep, v))
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([k]) => keep(k)).map(([k, v]) => [k, only(keep, v)]))
      : value;
const recordFields = new Set(Object.values(FROM_RECORDS));
const count = (key: string, value: any): number =>
  Array.isArray(value) ? value.reduce((n, v) => n + count(key, v), 0) : value && typeof value === 'object' ? Object.entries(value).reduce((n, [k, v]) => n + (k === key ? 1 : count(key, v)), 0) : 0;

describe('lists asked for ids alone', () => {
  it('answer the ids their members read in full answer, in fewer round trips', async () => {
    const start = env.graph.runner.roundTrips;
    const idsOnly = await env.api.query(lists(NOTHING_MORE));
    const idsOnlyTrips = env.graph.runner.roundTrips - start;
    const between = env.graph.runner.roundTrips;
    const full = await env.api.query(lists(FROM_RECORDS));
    const fullTrips = env.graph.runner.roundTrips - between;
    expect(idsOnly.errors).toBeUndefined();
    expect(full.errors).toBeUndefined();
    expect(only((k) => !recordFields.has(k), full.data)).toEqual(idsOnly.data);
    // Not a vacuous comparison: the lists hold members, and the full answer read their records.
    expect(count('id', idsOnly.data)).toBeGreaterThan(500);
    expect(count('statement', full.data)).toBeGreaterThan(100);
    expect(idsOnlyTrips).toBeLessThan(fullTrips);
  });
});

// Each field of FIELDS_OF_HELD_IDS inside a query that reaches its parent: `X` is where the field goes,
// beside a field its parent's record answers (so the parent's records are read either way).
const CLAIMS = (x: string) => `{ claims(first: 100, filter: { source: "wikipedia-mss" }) { edges { node { statement ${x} } } } }`;
const CONFLICTS = (x: string) => `{ conflicts(first: 50) { edges { node { severity ${x} } } } }`;
const MEASURES = (x: string) => `{ measures(first: 100) { edges { node { unit ${x} } } } }`;
const PLEDGES = (x: string) => `{ pledges(perContributor: 5) { edges { node { pledgedCount ${x} } } } }`;
const REACHING: Record<string, { query: (x: string) => string; parent?: (field: string) => string }> = {
  'Citation.claims': { query: CLAIMS, parent: (f) => `citations { quote ${f} }` },
  'Claim.citations': { query: CLAIMS },
  'Claim.madeBy': { query: CLAIMS },
  'Claim.conflicts': { query: CLAIMS },
  'ContributorPledges.contributor': { query: PLEDGES },
  'ContributorPledges.parts': { query: PLEDGES },
  'Conflict.claims': { query: CONFLICTS },
  'ConflictFinding.claims': { query: CONFLICTS, parent: (f) => `findings { rule ${f} }` },
  // The table's total, derived as the sum of its rows.
  'Derivation.from': { query: (x) => `{ claim(id: "wp-table-total-590-from-rows") { statement ${x} } }`, parent: (f) => `derivation { method ${f} }` },
  'Entity.measures': { query: (x) => `{ entities(first: 50) { edges { node { name ${x} } } } }` },
  'Measure.conflicts': { query: MEASURES },
  'Measure.sumOf': { query: MEASURES },
  'Measure.partOf': { query: MEASURES },
  'Measure.flows': { query: MEASURES },
  'Pledge.by': { query: PLEDGES, parent: (f) => `pledged { __typename ${f} } delivered { __typename ${f} }` },
  'Pledge.claim': { query: PLEDGES, parent: (f) => `pledged { __typename ${f} } delivered { __typename ${f} }` },
  'Support.corroboratedBy': { query: CLAIMS, parent: (f) => `support { status ${f} }` },
};

describe('each field answered from the ids its parent holds', () => {
  it('is in this test, so a field added to the set is checked too', () => {
    expect(Object.keys(REACHING).sort()).toEqual([...FIELDS_OF_HELD_IDS].sort());
  });

  it.each(Object.entries(REACHING))('%s, asked for ids alone, costs no round trip beyond its parent', async (name, { query, parent = (f: string) => f }) => {
    const field = name.split('.')[1]!;
    const trips = async (text: string) => {
      const start = env.graph.runner.roundTrips;
      const answer = await env.api.query(text);
      expect(answer.errors).toBeUndefined();
      return { trips: env.graph.runner.roundTrips - start, data: answer.data };
    };
    const without = await trips(query(parent('')));
    const withIds = await trips(query(parent(`${field} { id }`)));
    expect(withIds.trips).toBe(without.trips);
    // Not vacuous: the corpus holds members of this field somewhere in the answer.
    expect(count('id', withIds.data)).toBeGreaterThan(0);
  });
});
