import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ComparableClaim, EventClaim } from '../../src/conflicts/comparable-claim.js';
import { projectRoot } from '../../src/config/project-root.js';
import { resolveClaimTime } from '../../src/model/claim-time.js';
import type { ClaimValue } from '../../src/model/claim-value.js';

/**
 * Real claims of the two seed documents as the conflict rules see them, read from seed/claims and
 * seed/measures by id, with the role, members and category the seed gives them: regression
 * fixtures for the rules. A test may set other fields (an event key) as it needs.
 */

interface SeedClaim {
  id: string;
  measure?: string;
  value?: Omit<ClaimValue, 'low' | 'high' | 'currency'> & { low?: number; high?: number; currency?: string };
  time?: Record<string, string | number>;
  citations?: { quote: string; attributedTo?: string }[];
  derivedFrom?: { claims: string[] };
  role?: ComparableClaim['role'];
  members?: string[];
  category?: string;
}

const read = (file: string): unknown => parse(readFileSync(path.join(projectRoot, 'seed', file), 'utf8'));

const DOCUMENTS = ['cepr-johnston-2024-06-26', 'wikipedia-mss'];
const claims = new Map<string, SeedClaim & { source: string }>(
  DOCUMENTS.flatMap((file) => {
    const { source, claims: list } = read(`claims/${file}.yaml`) as { source: string; claims: SeedClaim[] };
    return list.map((c): [string, SeedClaim & { source: string }] => [c.id, { ...c, source }]);
  }),
);
const units = new Map(['core', 'wikipedia-mss', 'cepr-johnston'].flatMap((file) => (read(`measures/${file}.yaml`) as { id: string; unit: string }[]).map((m) => [m.id, m.unit])));

function seedClaim(id: string): SeedClaim & { source: string } {
  const found = claims.get(id);
  if (!found) throw new Error(`no claim ${id} in seed/claims`);
  return found;
}

/** A derived claim is stated by the sources of its parts. */
const sourcesOf = (c: SeedClaim & { source: string }): string[] => (c.derivedFrom ? [...new Set(c.derivedFrom.claims.flatMap((id) => sourcesOf(seedClaim(id))))] : [c.source]);

function common(id: string) {
  const c = seedClaim(id);
  const time = c.time ? resolveClaimTime(Object.fromEntries(Object.entries(c.time).map(([k, v]) => [k, String(v)])) as never) : null;
  const attributedTo = [...new Set((c.citations ?? []).flatMap((q) => (q.attributedTo ? [q.attributedTo] : [])))];
  return {
    id,
    time: time && { start: time.start, end: time.end, label: time.label },
    sourceIds: sourcesOf(c),
    derived: c.derivedFrom !== undefined,
    quote: c.citations?.[0]?.quote ?? null,
    attributedTo: attributedTo.length > 0 ? attributedTo : null,
  };
}

/** A claim of a measure from the seed, with `extra` fields set as curation will. */
export function corpusClaim(id: string, extra: Partial<ComparableClaim> = {}): ComparableClaim {
  const c = seedClaim(id);
  if (!c.measure) throw new Error(`${id} has no measure`);
  const v = c.value;
  const value: ClaimValue | null = v ? { qualifier: v.qualifier, amount: v.amount ?? null, low: v.low ?? null, high: v.high ?? null, unit: v.unit, currency: v.currency ?? null } : null;
  const seeded = { role: c.role ?? null, members: c.members ?? null, category: c.category ?? null };
  return { ...common(id), measureId: c.measure, unit: units.get(c.measure) ?? '', value, ...seeded, ...extra };
}

/** An event claim from the seed, with the event key curation will give it. */
export function corpusEvent(id: string, eventKey: string): EventClaim {
  return { ...common(id), eventKey };
}
