import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { ClaimTime } from '../model/claim-time.js';
import type { ClaimValue } from '../model/claim-value.js';
import type { ClaimProperties, Origin } from './graph-rows.js';

/** A claim as a curator or the seed states it, before it gets its graph row. */
export interface ClaimDraft {
  id: string;
  kind: string;
  statement: string;
  subjectId: string;
  measureId: string | null;
  value: ClaimValue | null;
  time: ClaimTime | null;
  derivation: { method: string; claimIds: string[] } | null;
  /** Who made the pledge or delivery together when the subject did not; absent (not empty) otherwise, so claims without it keep their content hash. */
  madeByIds?: string[];
  /** The event the claim is about (see seed-format.md), or null. */
  eventKey: string | null;
  role: string | null;
  /** The members the claim names, as the text names them, each with the entity it was matched to. */
  members: ClaimMember[] | null;
  category: string | null;
  note: string | null;
}

export interface ClaimMember {
  name: string;
  entityId: string;
}

/** Where a claim is stated, as the writer anchored it: enough to tell one statement of it from another. */
export interface AnchoredCitation {
  sourceId: string;
  start: number;
  end: number;
  section: string;
  attributedToId: string | null;
}

/** Below every stored key of its order (undated and valueless claims sort last in every order). */
const LAST = 1.0e300;
const LAST_DAY = '9999-12-31';
/**
 * The as-of classes of dated claims by how many days they span at most (a day, a month, a year):
 * an as-of window reads each class through the index of migration 007 from that many days before
 * the window, so it reads the claims near the window and not every claim (migration 013). Claims
 * longer than a year or open at one end are 'long', few, and all read.
 */
export const AS_OF_CLASSES = [
  { class: 'day', days: 0 },
  { class: 'month', days: 31 },
  { class: 'year', days: 366 },
] as const;
export type AsOfClass = (typeof AS_OF_CLASSES)[number]['class'] | 'long';

/**
 * The claim's graph row: its own fields, and the keys derived from them (sort keys, as-of class)
 * computed here and nowhere else, so every writer stores the same keys for the same claim.
 */
export function claimProperties(draft: ClaimDraft, citations: readonly AnchoredCitation[], origin: Origin): ClaimProperties {
  const v = draft.value;
  const t = draft.time;
  const valueLow = v?.low ?? null;
  const valueHigh = v?.high ?? null;
  const amount = v?.amount ?? null;
  const sortDay = t?.start ?? t?.end ?? LAST_DAY;
  const sortValue = valueLow ?? amount ?? LAST;
  return {
    id: draft.id,
    kind: draft.kind,
    statement: draft.statement,
    subjectId: draft.subjectId,
    measureId: draft.measureId,
    qualifier: v?.qualifier ?? null,
    amount,
    valueLow,
    valueHigh,
    unit: v?.unit ?? null,
    currency: v?.currency ?? null,
    timeStart: graphDate(t?.start ?? null),
    timeEnd: graphDate(t?.end ?? null),
    timePrecision: t?.precision ?? null,
    timePart: t?.part ?? null,
    timeLabel: t?.label ?? null,
    derivation: draft.derivation?.method ?? null,
    madeByIds: draft.madeByIds ?? [],
    eventKey: draft.eventKey,
    role: draft.role,
    members: draft.members?.map((m) => m.name) ?? null,
    category: draft.category,
    note: draft.note,
    sortTime: graphDate(sortDay)!,
    sortValue,
    sortTimeDesc: sortDay === LAST_DAY ? LAST : -Number(sortDay.replaceAll('-', '')),
    sortValueDesc: sortValue === LAST ? LAST : -(valueHigh ?? amount ?? 0),
    asOfClass: asOfClass(t),
    origin,
    contentHash: contentHash(draft, citations),
  };
}

function asOfClass(time: ClaimTime | null): AsOfClass | null {
  if (!time || (time.start === null && time.end === null)) return null;
  if (time.start === null || time.end === null) return 'long';
  const days = (Date.parse(time.end) - Date.parse(time.start)) / 86_400_000;
  return AS_OF_CLASSES.find((c) => days <= c.days)?.class ?? 'long';
}

function graphDate(day: string | null): Neo4jDate | null {
  if (day === null) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, date);
}

type Neo4jDate = InstanceType<typeof neo4j.types.Date<number>>;

/**
 * A fingerprint of everything the writer was told about the claim. Keys are sorted, so the same
 * claim sent again, in whatever field order, has the same hash: a replay, not a new claim.
 */
export function contentHash(draft: ClaimDraft, citations: readonly AnchoredCitation[]): string {
  const spans = citations.map((c) => [c.sourceId, c.start, c.end, c.section, c.attributedToId]).sort((a, b) => String(a).localeCompare(String(b)));
  // Fields a claim may leave out count only when set, so a claim without them keeps the hash it had before they existed.
  const { role, members, category, ...rest } = draft;
  const optional = { role: role ?? undefined, members: members ?? undefined, category: category ?? undefined };
  return createHash('sha256').update(canonicalJson({ draft: { ...rest, ...optional }, spans })).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
