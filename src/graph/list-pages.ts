import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { PageRow } from './records.js';

type Key = (string | number)[];
const sourcePage = namedQuery<{ kind: string | null; afterKey: Key | null; limit: number }, PageRow<Key>>('sources/source-page');
const entityPage = namedQuery<{ search: string | null; type: string | null; afterKey: Key | null; limit: number }, PageRow<Key>>('entities/entity-page');
const measurePage = namedQuery<{ subject: string | null; afterId: string | null; limit: number }, PageRow<string>>('measures/measure-page');
const conflictPage = namedQuery<{ measure: string | null; kind: string | null; afterId: string | null; limit: number }, PageRow<string>>(
  'conflicts/conflict-page',
);

const empty = { total: 0, page: [] };

export async function pageSourceIds(runner: QueryRunner, kind: string | null, afterKey: Key | null, limit: number): Promise<PageRow<Key>> {
  return (await runner.read(sourcePage, { kind, afterKey, limit }))[0] ?? empty;
}

export async function pageEntityIds(runner: QueryRunner, search: string | null, type: string | null, afterKey: Key | null, limit: number): Promise<PageRow<Key>> {
  return (await runner.read(entityPage, { search, type, afterKey, limit }))[0] ?? empty;
}

export async function pageMeasureIds(runner: QueryRunner, subject: string | null, afterId: string | null, limit: number): Promise<PageRow<string>> {
  return (await runner.read(measurePage, { subject, afterId, limit }))[0] ?? empty;
}

export async function pageConflictIds(runner: QueryRunner, measure: string | null, kind: string | null, afterId: string | null, limit: number): Promise<PageRow<string>> {
  return (await runner.read(conflictPage, { measure, kind, afterId, limit }))[0] ?? empty;
}
