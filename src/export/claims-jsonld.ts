import { Readable } from 'node:stream';
import type { QueryRunner } from '../database/query-runner.js';
import type { ClaimFilter } from '../graph/claim-pages.js';
import type { SourceRecord } from '../graph/records.js';
import { citedClaims, type CitedClaim } from './cited-claims.js';
import { CLAIMS_CONTEXT, nodeIri } from './claims-jsonld-context.js';

/** schema.org's temporalCoverage as ISO 8601: a day, or an interval with `..` for an open end. */
function coverage(start: string | null, end: string | null): string | undefined {
  if (start === null && end === null) return undefined;
  return start === end ? String(start) : `${start ?? '..'}/${end ?? '..'}`;
}

function sourceNode(s: SourceRecord) {
  return {
    '@id': nodeIri('source', s.id),
    '@type': 'CreativeWork',
    identifier: s.id,
    name: s.title,
    publisher: s.publisher ?? undefined,
    author: s.authors.length ? s.authors : undefined,
    datePublished: s.published ?? undefined,
    url: s.url ?? undefined,
  };
}

/**
 * A claim as a schema.org Claim; each citation is an `appearance`: a Quotation that is a W3C
 * SpecificResource of its source, selected by a TextQuoteSelector and a TextPositionSelector, and
 * prov:wasQuotedFrom that source. Words a source attributes to someone are prov:wasAttributedTo
 * that entity, or have the cited work as their prov:hadPrimarySource.
 */
export function claimNode({ claim: c, citations }: CitedClaim): object {
  return {
    '@id': nodeIri('claim', c.id),
    '@type': 'Claim',
    identifier: c.id,
    text: c.statement,
    kind: c.kind,
    about: nodeIri('entity', c.subjectId),
    measure: c.measureId ? nodeIri('measure', c.measureId) : undefined,
    value:
      c.qualifier === null
        ? undefined
        : { '@type': 'QuantitativeValue', amount: c.amount ?? undefined, minValue: c.valueLow ?? undefined, maxValue: c.valueHigh ?? undefined, unitText: c.unit ?? undefined, currency: c.currency ?? undefined, qualifier: c.qualifier },
    temporalCoverage: coverage(c.timeStart, c.timeEnd),
    timePrecision: c.timePrecision ?? undefined,
    supportStatus: c.supportStatus,
    supportReason: c.supportReason,
    contested: c.contested,
    wasDerivedFrom: c.derivedFromIds.length ? c.derivedFromIds.map((id) => nodeIri('claim', id)) : undefined,
    appearance: citations.map(({ citation: q, source, originator }) => ({
      '@id': nodeIri('citation', q.id),
      '@type': ['Quotation', 'SpecificResource'],
      text: q.quote,
      section: q.section,
      isPartOf: source ? sourceNode(source) : nodeIri('source', q.sourceId),
      hasSource: nodeIri('source', q.sourceId),
      wasQuotedFrom: nodeIri('source', q.sourceId),
      hasSelector: [
        { '@type': 'TextQuoteSelector', exact: q.quote, prefix: q.prefix, suffix: q.suffix },
        { '@type': 'TextPositionSelector', start: q.start, end: q.end },
      ],
      wasAttributedTo: originator && 'name' in originator ? { '@id': nodeIri('entity', originator.id), '@type': 'Thing', name: originator.name } : undefined,
      hadPrimarySource: originator && 'title' in originator ? sourceNode(originator) : undefined,
    })),
  };
}

async function* jsonldText(runner: QueryRunner, filter: ClaimFilter): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(CLAIMS_CONTEXT)},"@graph":[\n`;
  let first = true;
  for await (const cited of citedClaims(runner, filter)) {
    yield `${first ? '' : ',\n'}${JSON.stringify(claimNode(cited))}`;
    first = false;
  }
  yield '\n]}\n';
}

/** The claims a filter matches as one JSON-LD document, written claim by claim (never whole in memory). */
export function claimsJsonld(runner: QueryRunner, filter: ClaimFilter): Readable {
  return Readable.from(jsonldText(runner, filter));
}
