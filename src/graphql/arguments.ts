import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { CursorPosition, ListCursors } from '../graph/cursor.js';

/** Argument checks the schema's types cannot express; a failure names the argument. */
export function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argumentName}": ${message}`, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

function check<T>(argumentName: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badInput(argumentName, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

export const MAX_PAGE_SIZE = 100;

/** Each argument's schema is built once: resolvers check arguments on every call (contextChars once per citation). */
const pageSizes = z.number().int().min(1, `must be between 1 and ${MAX_PAGE_SIZE}`).max(MAX_PAGE_SIZE, `must be between 1 and ${MAX_PAGE_SIZE}`);

export function pageSize(first: unknown): number {
  return check('first', pageSizes, first);
}

export const MAX_PER_CONTRIBUTOR = 100;

const contributorRange = `must be between 1 and ${MAX_PER_CONTRIBUTOR}`;
const perContributorCounts = z.number().int().min(1, contributorRange).max(MAX_PER_CONTRIBUTOR, contributorRange);

export function perContributor(n: unknown): number {
  return check('perContributor', perContributorCounts, n);
}

export function afterCursor<Key>(cursors: ListCursors, after: unknown, isKey: (k: unknown) => k is Key): CursorPosition<Key> | undefined {
  if (after === null || after === undefined) return undefined;
  const position = typeof after === 'string' ? cursors.decode(after, isKey) : undefined;
  if (!position) throw badInput('after', 'is not a cursor from this list; pass the endCursor of the previous page');
  return position;
}

const searchTexts = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export function searchText(argumentName: string, text: unknown): string | null {
  if (text === null || text === undefined) return null;
  return check(argumentName, searchTexts, text);
}

const contextLengths = z.number().int().min(0, 'must be between 0 and 1000').max(1000, 'must be between 0 and 1000');

export function contextChars(chars: unknown): number {
  return check('chars', contextLengths, chars);
}

/** Whether contextChars would accept `chars`: a root query reads contexts ahead only for a valid width. */
export function isContextChars(chars: unknown): chars is number {
  return contextLengths.safeParse(chars).success;
}

const sourceCitationCounts = z.number().int().min(1, 'must be between 1 and 1000').max(1000, 'must be between 1 and 1000');

export function sourceCitationsFirst(first: unknown): number {
  return check('first', sourceCitationCounts, first);
}

/** Whether sourceCitationsFirst would accept `first`: a root query reads a source's citations ahead only for a valid count. */
export function isSourceCitationsFirst(first: unknown): first is number {
  return sourceCitationCounts.safeParse(first).success;
}

export function dateRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw badInput('filter.asOfFrom', `${from} is after asOfTo ${to}`);
}
