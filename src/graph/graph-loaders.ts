import { decodedQuery, namedQuery, type NamedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';
import type {
  ActivityRecord,
  CitationRecord,
  ClaimRecord,
  ConflictRecord,
  ContextRecord,
  EntityRecord,
  HistoryRecord,
  MeasureRecord,
  PageRow,
  ReferenceRecord,
  ReferencesRecord,
  SourceRecord,
  SummarySide,
} from './records.js';
import { PrimedLoader, whenLoaded, type Loaded } from './primed-loader.js';
import { byIdsRow, citationRecord, claimRecord, conflictRecord, entityRecord, measureRecord, sourceRecord } from './record-values.js';

type Ids = { ids: string[] };
export const claimsByIds = decodedQuery<Ids, { claim: ClaimRecord }>('claims/claims-by-ids', byIdsRow('claim', claimRecord));
export const citationsByIds = decodedQuery<Ids, { citation: CitationRecord }>('citations/citations-by-ids', byIdsRow('citation', citationRecord));
const citationIdsBySourceIds = namedQuery<Ids & { first: number }, { sourceId: string; citationIds: string[] }>('citations/citations-by-source-ids');
const citationContext = namedQuery<{ requests: { id: string; chars: number }[] }, { context: ContextRecord }>('citations/citation-context');
const sourcesByIds = decodedQuery<Ids & { countClaims: boolean }, { source: SourceRecord }>('sources/sources-by-ids', byIdsRow('source', sourceRecord));
const referencesBySourceIds = namedQuery<Ids, { references: ReferencesRecord }>('sources/references-by-source-ids');
export const entitiesByIds = decodedQuery<Ids, { entity: EntityRecord }>('entities/entities-by-ids', byIdsRow('entity', entityRecord));
const measuresByIds = decodedQuery<Ids & { withSeries: boolean }, { measure: MeasureRecord }>('measures/measures-by-ids', byIdsRow('measure', measureRecord));
const conflictsByIds = decodedQuery<Ids, { conflict: ConflictRecord }>('conflicts/conflicts-by-ids', byIdsRow('conflict', conflictRecord));
const summarySidesByIds = namedQuery<Ids, { side: SummarySide }>('conflicts/summary-sides-by-ids');
const activitiesByIds = namedQuery<Ids, { activity: ActivityRecord }>('activities/activities-by-ids');
const claimHistories = namedQuery<Ids, { id: string; history: HistoryRecord[] }>('claims/claim-history');
const claimPagesOfSubjects = namedQuery<{ requests: SubjectClaimsRequest[] }, SubjectClaimsRequest & PageRow<number>>('claims/claim-pages-of-subjects');

/** A page of one entity's claims in time order, after a cursor's key and id (null: the first page). */
export interface SubjectClaimsRequest {
  subject: string;
  afterKey: number | null;
  afterId: string | null;
  limit: number;
}

const contextKey = (r: { id: string; chars: number }) => `${r.id}|${r.chars}`;

const subjectClaimsKey = (r: SubjectClaimsRequest) => `${r.subject}|${r.afterKey}|${r.afterId}|${r.limit}`;

/**
 * One set of batch loaders per GraphQL request: every object a request needs at one depth of the
 * query is fetched in one round trip, whatever the number of parents (no N+1); what the root query
 * primed is answered at once (PrimedLoader).
 */
export function createGraphLoaders(runner: QueryRunner) {
  return {
    claim: byId(runner, claimsByIds, (r) => r.claim, {}),
    citation: byId(runner, citationsByIds, (r) => r.citation, {}),
    // The costly parts of a record only where asked (claimCountOf, seriesOf): a list of sources or
    // measures shown without them reads none of them.
    source: byId(runner, sourcesByIds, (r) => r.source, { countClaims: false }),
    countedSource: byId(runner, sourcesByIds, (r) => r.source, { countClaims: true }),
    measureWithSeries: byId(runner, measuresByIds, (r) => r.measure, { withSeries: true }),
    entity: byId(runner, entitiesByIds, (r) => r.entity, {}),
    measure: byId(runner, measuresByIds, (r) => r.measure, { withSeries: false }),
    conflict: byId(runner, conflictsByIds, (r) => r.conflict, {}),
    summarySide: byId(runner, summarySidesByIds, (r) => r.side, {}),
    activity: byId(runner, activitiesByIds, (r) => r.activity, {}),
    historyOfClaim: grouped(runner, claimHistories, (r) => [r.id, r.history], [] as HistoryRecord[]),
    referencesOfSource: grouped(runner, referencesBySourceIds, ({ references: r }) => [r.sourceId, { cites: r.cites, citedBy: r.citedBy }], {
      cites: [] as ReferenceRecord[],
      citedBy: [] as ReferenceRecord[],
    }),
    citationIdsOfSource: new PrimedLoader<{ id: string; first: number }, string[]>(
      async (keys) => {
        const byFirst = new Map<number, string[]>();
        for (const k of keys) byFirst.set(k.first, [...(byFirst.get(k.first) ?? []), k.id]);
        const found = new Map<string, string[]>();
        for (const [first, ids] of byFirst) {
          for (const row of await runner.read(citationIdsBySourceIds, { ids, first })) found.set(`${row.sourceId}|${first}`, row.citationIds);
        }
        return keys.map((k) => found.get(`${k.id}|${k.first}`) ?? []);
      },
      (k) => `${k.id}|${k.first}`,
    ),
    claimPageOfSubject: new PrimedLoader<SubjectClaimsRequest, PageRow<number>>(
      async (requests) => {
        const rows = await runner.read(claimPagesOfSubjects, { requests: [...requests] });
        const found = new Map(rows.map((r) => [subjectClaimsKey(r), { total: r.total, page: r.page }]));
        return requests.map((r) => found.get(subjectClaimsKey(r)) ?? { total: 0, page: [] });
      },
      subjectClaimsKey,
    ),
    citationContext: new PrimedLoader<{ id: string; chars: number }, string>(
      async (requests) => {
        const rows = await runner.read(citationContext, { requests: [...requests] });
        const found = new Map(rows.map(({ context: r }) => [contextKey(r), r.context]));
        return requests.map((r) => found.get(contextKey(r)) ?? '');
      },
      contextKey,
    ),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;

/** A measure's claims in time order: from its record when that was read with them, else loaded (in a batch) with them. */
export function seriesOf(loaders: GraphLoaders, measure: MeasureRecord): Loaded<string[]> {
  return measure.seriesIds ?? whenLoaded(loaders.measureWithSeries.load(measure.id), (m) => m?.seriesIds ?? []);
}

/** How many claims a source states: from its record when that was read with the count, else loaded (in a batch) with it. */
export function claimCountOf(loaders: GraphLoaders, source: SourceRecord): Loaded<number> {
  return source.claimCount ?? whenLoaded(loaders.countedSource.load(source.id), (s) => s?.claimCount ?? 0);
}

/** A loader by id over a by-ids query; `extra` holds the query's other parameters, the same for every batch. */
function byId<Row, T extends { id: string }, Extra extends object>(runner: QueryRunner, query: NamedQuery<Ids & Extra, Row>, pick: (row: Row) => T, extra: Extra) {
  return new PrimedLoader<string, T | null>(async (ids) => {
    const found = new Map((await runner.read(query, { ids: [...ids], ...extra })).map((row) => [pick(row).id, pick(row)]));
    return ids.map((id) => found.get(id) ?? null);
  }, String);
}

function grouped<Row, V>(runner: QueryRunner, query: NamedQuery<Ids, Row>, entry: (row: Row) => [string, V], empty: V) {
  return new PrimedLoader<string, V>(async (ids) => {
    const found = new Map((await runner.read(query, { ids: [...ids] })).map(entry));
    return ids.map((id) => found.get(id) ?? empty);
  }, String);
}
