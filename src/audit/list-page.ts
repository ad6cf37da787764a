import type { QueryRunner } from '../database/query-runner.js';
import { claimCountOf, seriesOf, type GraphLoaders } from '../graph/graph-loaders.js';
import { pageConflictIds, pageEntityIds, pageMeasureIds, pageSourceIds } from '../graph/list-pages.js';
import type { PageRow } from '../graph/records.js';
import { ROOTS_ONLY } from '../graph/selected-records.js';
import { loadAll } from '../graphql/load-all.js';
import { links } from './audit-links.js';

export type ListKind = 'sources' | 'measures' | 'conflicts' | 'entities';

const PER_PAGE = 50;

interface ListItem {
  href: string;
  label: string;
  detail: string;
}

const TITLES: Record<ListKind, string> = { sources: 'Sources', measures: 'Measures', conflicts: 'Conflicts', entities: 'Entities' };

/**
 * A page of sources, measures, conflicts or entities, read with the GraphQL lists' own page queries;
 * `after` is the key of the last item shown ('' for the first page).
 */
export async function listPage(runner: QueryRunner, loaders: GraphLoaders, kind: ListKind, after: string) {
  const { row, items } = await read(runner, loaders, kind, after);
  const shown = row.page.slice(0, PER_PAGE);
  const last = shown.at(-1);
  return {
    title: TITLES[kind],
    total: row.total,
    items: items.slice(0, PER_PAGE),
    next: row.page.length > PER_PAGE && last ? `${links.list(kind)}?after=${encodeURIComponent(last.key)}` : null,
  };
}

async function read(runner: QueryRunner, loaders: GraphLoaders, kind: ListKind, after: string): Promise<{ row: PageRow<string>; items: ListItem[] }> {
  const limit = PER_PAGE + 1;
  const ids = (row: PageRow<string>) => row.page.slice(0, PER_PAGE).map((p) => p.id);
  switch (kind) {
    case 'sources': {
      const row = await pageSourceIds(runner, null, after, limit);
      const sources = await loadAll(ids(row), loaders.source);
      const counts = await Promise.all(sources.map((s) => claimCountOf(loaders, s)));
      const items = sources.map((s, i) => ({
        href: links.source(s.id),
        label: s.title,
        detail: [s.kind === 'document' ? 'document we hold' : 'cited work', s.publisher, s.published, `${counts[i]} claims`].filter(Boolean).join(' · '),
      }));
      return { row, items };
    }
    case 'measures': {
      const row = await pageMeasureIds(runner, null, after, limit);
      const measures = await loadAll(ids(row), loaders.measure);
      const series = await Promise.all(measures.map((m) => seriesOf(loaders, m)));
      const items = measures.map((m, i) => ({
        href: links.measure(m.id),
        label: m.name,
        detail: `${series[i]!.length} figures${m.conflictIds.length ? ` · ${m.conflictIds.length} conflict` : ''}`,
      }));
      return { row, items };
    }
    case 'conflicts': {
      const around = { loaders, select: { ...ROOTS_ONLY, conflictMeasures: true }, shown: PER_PAGE };
      const row = await pageConflictIds(runner, { measure: null, kind: null, severity: null }, after, limit, around);
      const conflicts = await loadAll(ids(row), loaders.conflict);
      const measures = await loadAll(conflicts.map((x) => x.measureId), loaders.measure);
      const name = new Map(measures.map((m) => [m.id, m.name]));
      const items = conflicts.map((x) => ({ href: links.conflict(x.id), label: name.get(x.measureId) ?? x.measureId, detail: `${x.claimIds.length} claims · ${x.findingReasons[0] ?? ''}` }));
      return { row, items };
    }
    case 'entities': {
      const row = await pageEntityIds(runner, null, null, after, limit);
      const items = (await loadAll(ids(row), loaders.entity)).map((e) => ({ href: links.entity(e.id), label: e.name, detail: e.type }));
      return { row, items };
    }
  }
}
