import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { PageRow } from './records.js';
import type { SubjectClaimsRequest } from './graph-loaders.js';
import { primeLoaders, rootQuery, ROOTS_ONLY, type ReadAround, type SelectedAround, type SelectedRecords } from './selected-records.js';

/**
 * Pages of sources, entities, measures and conflicts. Each list is read in the order of a stored,
 * indexed string key (a sort key or the id); `after` is the key of the last item of the page
 * before, and '' (below every key) for the first page.
 */
type After = { afterKey: string };
const sourcePage = namedQuery<After & { filter: { kind: string | null }; limit: number }, PageRow<string>>('sources/source-page');
const entityPage = rootQuery<
  // One map of filters: one plan whichever are given (see claims/claim-page).
  After & { filter: { search: string | null; type: string | null }; limit: number } & SelectedAround,
  PageRow<string> & { claimPages: (SubjectClaimsRequest & PageRow<number>)[]; records: SelectedRecords }
>('entities/entity-page');
const measurePage = namedQuery<{ filter: { subject: string | null }; afterId: string; limit: number }, PageRow<string>>('measures/measure-page');
/** Which conflict groups a list holds: all, or one measure's, one kind's, one severity's. */
export interface ConflictFilter {
  measure: string | null;
  kind: string | null;
  severity: string | null;
}

const conflictPage = rootQuery<{ filter: ConflictFilter; afterId: string; limit: number } & SelectedAround, PageRow<string> & { records: SelectedRecords }>(
  'conflicts/conflict-page',
);

const empty = { total: 0, page: [] };

export async function pageSourceIds(runner: QueryRunner, kind: string | null, after: string, limit: number): Promise<PageRow<string>> {
  return (await runner.read(sourcePage, { filter: { kind }, afterKey: after, limit }))[0] ?? empty;
}

/** A page of entities; `around` reads what a selection asks of the entities shown (their measures, their first claims) in the same round trip. */
export async function pageEntityIds(runner: QueryRunner, search: string | null, type: string | null, after: string, limit: number, around?: ReadAround): Promise<PageRow<string>> {
  const [row] = await runner.read(entityPage, { filter: { search, type }, afterKey: after, limit, select: around?.select ?? ROOTS_ONLY, shown: around?.shown ?? 0 });
  if (!row) return empty;
  if (around) {
    primeLoaders(around.loaders, row.records);
    for (const { total, page, ...request } of row.claimPages) around.loaders.claimPageOfSubject.prime(request, { total, page });
  }
  return { total: row.total, page: row.page };
}

export async function pageMeasureIds(runner: QueryRunner, subject: string | null, after: string, limit: number): Promise<PageRow<string>> {
  return (await runner.read(measurePage, { filter: { subject }, afterId: after, limit }))[0] ?? empty;
}

/** A page of conflict groups, with what `around` asks of the groups shown put into its loaders: one round trip. */
export async function pageConflictIds(runner: QueryRunner, filter: ConflictFilter, after: string, limit: number, around: ReadAround): Promise<PageRow<string>> {
  const [row] = await runner.read(conflictPage, { filter, afterId: after, limit, select: around.select, shown: around.shown });
  if (!row) return empty;
  primeLoaders(around.loaders, row.records);
  return { total: row.total, page: row.page };
}
