import { describe, expect, it } from 'vitest';
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
