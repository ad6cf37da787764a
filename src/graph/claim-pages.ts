import { AS_OF_CLASSES } from '../curation/claim-node.js';
import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type { Page, PageRow } from './records.js';
import { primeLoaders, rootQuery, ROOTS_ONLY, type ReadAround, type SelectedAround, type SelectedRecords } from './selected-records.js';

export type ClaimOrderKey = 'TIME_ASC' | 'TIME_DESC' | 'VALUE_ASC' | 'VALUE_DESC' | 'ID' | 'RELEVANCE';

export interface ClaimFilter {
  kind?: string | null;
  subject?: string | null;
  measure?: string | null;
  source?: string | null;
  asOfFrom?: string | null;
  asOfTo?: string | null;
  text?: string | null;
  contested?: boolean | null;
  /** Retracted claims are left out unless this is true. */
  includeRetracted?: boolean | null;
}

/**
 * The filters of claim-page, null where not given, as one map: Neo4j keeps a plan per parameter
 * types, and a map is a map whatever it holds, so every combination of filters shares one plan.
 */
interface ClaimPageFilter {
  kind: string | null;
  subject: string | null;
  measure: string | null;
  source: string | null;
  asOfFrom: string | null;
  asOfTo: string | null;
  text: string | null;
  contested: boolean | null;
}

interface ClaimPageParams {
  filter: ClaimPageFilter;
  includeRetracted: boolean;
  asOfClasses: typeof AS_OF_CLASSES;
  orderKey: ClaimOrderKey;
  /** The last claim of the page before (nulls: the first page), a map for the same reason. */
  after: { key: number | null; id: string | null };
  limit: number;
}

const claimPage = rootQuery<ClaimPageParams & SelectedAround, PageRow<number> & { records: SelectedRecords }>('claims/claim-page');
const claimPageInOrder = rootQuery<
  {
    filter: { kind: string | null; contested: boolean | null };
    includeRetracted: boolean;
    orderKey: ClaimOrderKey;
    afterTime: string;
    afterKey: number;
    afterId: string;
    limit: number;
  } & SelectedAround,
  { page: PageRow<number>['page']; total: number | null; records: SelectedRecords }
>('claims/claim-page-in-order');
const claimCount = namedQuery<{ filter: { kind: string | null; contested: boolean | null }; includeRetracted: boolean }, { total: number }>('claims/claim-count');

/** Below every stored sort key: where a first page starts. */
const BEFORE_ALL_KEYS = -Number.MAX_VALUE;

/**
 * One page of claim ids. Without a filter that anchors the search (text, measure, subject, source,
 * as-of), the page is read in order from the order's index; with one, the filtered query starts
 * from the most selective filter given, which also counts the matches. `around` reads what a
 * selection asks of the claims shown in the same round trip (by default, nothing).
 */
export async function pageClaimIds(
  runner: QueryRunner,
  filter: ClaimFilter,
  orderKey: ClaimOrderKey,
  limit: number,
  after: { key: number; id: string } | undefined,
  around?: ReadAround,
): Promise<Page<number>> {
  const selected: SelectedAround = { select: around?.select ?? ROOTS_ONLY, shown: around?.shown ?? 0 };
  const prime = (records: SelectedRecords | undefined) => around && records && primeLoaders(around.loaders, records);
  const anchored = filter.text || filter.measure || filter.subject || filter.source || filter.asOfFrom || filter.asOfTo;
  if (!anchored) {
    const kindAndContested = { kind: filter.kind ?? null, contested: filter.contested ?? null };
    const includeRetracted = filter.includeRetracted ?? false;
    const [row] = await runner.read(claimPageInOrder, {
      filter: kindAndContested,
      includeRetracted,
      orderKey,
      afterTime: after && orderKey === 'TIME_ASC' ? keyToDate(after.key) : '0001-01-01',
      afterKey: after?.key ?? BEFORE_ALL_KEYS,
      afterId: after?.id ?? '',
      limit,
      ...selected,
    });
    prime(row?.records);
    const countLater = async () => (await runner.read(claimCount, { filter: kindAndContested, includeRetracted }))[0]?.total ?? 0;
    return { page: row?.page ?? [], total: row?.total ?? countLater };
  }
  const [row] = await runner.read(claimPage, {
    filter: {
      kind: filter.kind ?? null,
      subject: filter.subject ?? null,
      measure: filter.measure ?? null,
      source: filter.source ?? null,
      asOfFrom: filter.asOfFrom ?? null,
      asOfTo: filter.asOfTo ?? null,
      text: filter.text ? luceneTerms(filter.text) : null,
      contested: filter.contested ?? null,
    },
    includeRetracted: filter.includeRetracted ?? false,
    asOfClasses: AS_OF_CLASSES,
    orderKey,
    after: { key: after?.key ?? null, id: after?.id ?? null },
    limit,
    ...selected,
  });
  prime(row?.records);
  return row ? { total: row.total, page: row.page } : { total: 0, page: [] };
}

/** A time key (yyyymmdd as a number) back to the date it stands for. */
function keyToDate(key: number): string {
  const s = String(Math.trunc(key)).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/**
 * Words to look for, with Lucene's operators escaped: a reader's text is searched as words (any
 * order, ranked by Lucene), never parsed as a query that could fail. The word operators AND, OR
 * and NOT are operators only in capitals, so they are searched as the lower-case words.
 */
export function luceneTerms(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`).replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}
