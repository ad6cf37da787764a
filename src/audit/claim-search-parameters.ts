import { z } from 'zod';
import { isNumber, type CursorCodec, type CursorPosition } from '../graph/cursor.js';
import type { ClaimFilter, ClaimOrderKey } from '../graph/claim-pages.js';
import { CLAIM_KINDS } from '../ingestion/seed-schema.js';

/**
 * The filters of `claims(filter:)` as query parameters (the search page, the exports, the export
 * CLI), checked at the boundary: a bad value is reported by name, never passed to Neo4j.
 */
export interface ClaimSearch {
  filter: ClaimFilter;
  order: ClaimOrderKey;
  after: CursorPosition<number> | undefined;
}

// A form sends every field, empty ones as ''; those mean "not given".
const given = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const day = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}, 'must be a calendar day as YYYY-MM-DD');
const id = z.string().max(200, 'must be at most 200 characters');
const ORDERS = ['TIME_ASC', 'TIME_DESC', 'VALUE_ASC', 'VALUE_DESC', 'ID', 'RELEVANCE'] as const;

const searchSchema = z
  .strictObject({
    text: given(z.string().trim().min(1).max(200, 'must be at most 200 characters')),
    kind: given(z.enum(CLAIM_KINDS, { error: `must be one of ${CLAIM_KINDS.join(', ')}` })),
    subject: given(id),
    measure: given(id),
    source: given(id),
    asOfFrom: given(day),
    asOfTo: given(day),
    contested: given(z.enum(['true', 'false'], { error: 'must be true or false' })),
    order: given(z.enum(ORDERS, { error: `must be one of ${ORDERS.join(', ')}` })),
    after: given(z.string().max(500)),
  })
  .refine((p) => !(p.asOfFrom && p.asOfTo && p.asOfFrom > p.asOfTo), { message: 'asOfFrom is after asOfTo', path: ['asOfFrom'] })
  .refine((p) => p.order !== 'RELEVANCE' || p.text, { message: 'RELEVANCE ranks matches of text; give a text, or another order', path: ['order'] });

export type ParsedSearch = { ok: true; search: ClaimSearch } | { ok: false; problem: string };

/** The cursors of the search page's list, in one order: the page encodes them, the parameters decode them. */
export const searchCursors = (cursors: CursorCodec, order: ClaimSearch['order']) => cursors.of(`audit-claims:${order}`);

/** Query parameters (or CLI options) as a claim search; the first problem in words when invalid. */
export function parseClaimSearch(params: URLSearchParams | Record<string, string | undefined>, cursors: CursorCodec): ParsedSearch {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const parsed = searchSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') || 'parameters';
    const message = issue?.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys.join(', ')}` : issue?.message;
    return { ok: false, problem: `${name}: ${message ?? 'invalid'}` };
  }
  const p = parsed.data;
  const order = p.order ?? (p.text ? 'RELEVANCE' : 'TIME_ASC');
  const after = p.after === undefined ? undefined : searchCursors(cursors, order).decode(p.after, isNumber);
  if (p.after !== undefined && !after) return { ok: false, problem: 'after: is not a cursor from this list; follow the "next page" link' };
  const filter: ClaimFilter = {
    text: p.text ?? null,
    kind: p.kind ?? null,
    subject: p.subject ?? null,
    measure: p.measure ?? null,
    source: p.source ?? null,
    asOfFrom: p.asOfFrom ?? null,
    asOfTo: p.asOfTo ?? null,
    contested: p.contested === undefined ? null : p.contested === 'true',
  };
  return { ok: true, search: { filter, order, after } };
}

/** The query string of a search (for links to the next page and to its exports). */
export function searchQuery(filter: ClaimFilter, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filter, ...extra }).flatMap(([k, v]) => (v === null || v === undefined || v === '' ? [] : [[k, String(v)] as [string, string]]));
  const query = new URLSearchParams(entries).toString();
  return query ? `?${query}` : '';
}
