import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { QueryRunner } from '../database/query-runner.js';
import type { ClaimFilter } from '../graph/claim-pages.js';
import { citedClaims, type CitedClaim } from './cited-claims.js';

const COLUMNS = [
  'claim_id', 'kind', 'statement', 'subject', 'measure', 'value', 'low', 'high', 'qualifier', 'unit', 'currency',
  'time_start', 'time_end', 'time_precision', 'support_status', 'contested',
  'source_id', 'source_title', 'publisher', 'url', 'quote', 'quote_start', 'quote_end', 'attributed_to',
] as const;

type CsvRow = Record<(typeof COLUMNS)[number], string | number | boolean | null>;

/**
 * One row per citation of each claim. A claim that no source states (one derived from others) gets
 * one row with the citation's columns empty, so that a spreadsheet still lists it.
 */
function* rowsOf({ claim: c, citations }: CitedClaim): Generator<CsvRow> {
  const claim = {
    claim_id: c.id, kind: c.kind, statement: c.statement, subject: c.subjectId, measure: c.measureId,
    value: c.amount, low: c.valueLow, high: c.valueHigh, qualifier: c.qualifier, unit: c.unit, currency: c.currency,
    time_start: c.timeStart, time_end: c.timeEnd, time_precision: c.timePrecision, support_status: c.supportStatus, contested: c.contested,
  };
  const none = { source_id: null, source_title: null, publisher: null, url: null, quote: null, quote_start: null, quote_end: null, attributed_to: null };
  if (citations.length === 0) yield { ...claim, ...none };
  for (const { citation: q, source, originator } of citations) {
    yield {
      ...claim,
      source_id: q.sourceId,
      source_title: source?.title ?? null,
      publisher: source?.publisher ?? null,
      url: source?.url ?? null,
      quote: q.quote,
      quote_start: q.start,
      quote_end: q.end,
      attributed_to: originator === null ? null : 'title' in originator ? originator.title : originator.name,
    };
  }
}

async function* csvRows(runner: QueryRunner, filter: ClaimFilter): AsyncGenerator<CsvRow> {
  for await (const cited of citedClaims(runner, filter)) yield* rowsOf(cited);
}

/** The claims a filter matches as RFC 4180 CSV (CRLF line ends, quoted where needed), UTF-8, streamed. */
export function claimsCsv(runner: QueryRunner, filter: ClaimFilter): Readable {
  const csv = stringify({ header: true, columns: [...COLUMNS], record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });
  const rows = Readable.from(csvRows(runner, filter));
  // pipe() does not pass on a failed read; the CSV stream must fail with it, not end as if complete.
  rows.on('error', (error) => csv.destroy(error));
  return rows.pipe(csv);
}
