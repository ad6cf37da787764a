import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

const SCHEMA = 'https://schema.org/';
const OA = 'http://www.w3.org/ns/oa#';
const PROV = 'http://www.w3.org/ns/prov#';

type Expanded = Record<string, unknown> & { '@id'?: string; '@type'?: string[] };

/** Expands with a document loader that refuses every fetch: the export must carry its own context. */
async function expandedExport(query: string): Promise<Expanded[]> {
  const response = await fetch(new URL(`/export/claims.jsonld${query}`, env.api.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  const offline = async (url: string): Promise<never> => {
    throw new Error(`the export asked to fetch ${url}`);
  };
  return (await jsonld.expand((await response.json()) as object, { documentLoader: offline as never })) as Expanded[];
}

const values = (node: Expanded, term: string) => (node[term] as { '@value'?: unknown; '@id'?: string }[] | undefined) ?? [];
const value = (node: Expanded, term: string) => values(node, term)[0]?.['@value'];
const nodes = (node: Expanded, term: string) => (node[term] as Expanded[] | undefined) ?? [];

describe('/export/claims.jsonld, expanded offline by a JSON-LD processor', () => {
  it('gives each claim as a schema.org Claim with an appearance per citation, selected by W3C TextQuote and TextPosition selectors', async () => {
    const claims = await expandedExport('?measure=mss-personnel-deployed-total');
    const total = claims.find((c) => c['@id'] === 'urn:claimgraph:claim:wp-table-total-590')!;
    expect(total['@type']).toEqual([`${SCHEMA}Claim`]);
    expect(value(total, `${SCHEMA}text`)).toBe('As of 3 January 2025, 590 personnel in total were deployed with the MSS.');
    expect(value(total, `${SCHEMA}temporalCoverage`)).toBe('2025-01-03');
    expect(value(nodes(total, `${SCHEMA}value`)[0]!, `${SCHEMA}value`)).toBe(590);
    const appearance = nodes(total, `${SCHEMA}appearance`).find((a) => nodes(a, `${OA}hasSelector`).some((s) => value(s, `${OA}exact`) === 'Total 590'))!;
    expect(appearance['@type']).toEqual([`${SCHEMA}Quotation`, `${OA}SpecificResource`]);
    expect(values(appearance, `${PROV}wasQuotedFrom`)[0]?.['@id']).toBe('urn:claimgraph:source:wikipedia-mss');
    expect(values(appearance, `${OA}hasSource`)[0]?.['@id']).toBe('urn:claimgraph:source:wikipedia-mss');
    const selectors = nodes(appearance, `${OA}hasSelector`);
    const quote = selectors.find((s) => s['@type']?.[0] === `${OA}TextQuoteSelector`)!;
    const position = selectors.find((s) => s['@type']?.[0] === `${OA}TextPositionSelector`)!;
    expect(value(quote, `${OA}prefix`)).toEqual(expect.any(String));
    expect(value(quote, `${OA}suffix`)).toEqual(expect.any(String));
    expect([value(position, `${OA}start`), value(position, `${OA}end`)]).toEqual([11614, 11623]);
  });

  it('records provenance in PROV-O: a derived claim wasDerivedFrom its parts; attributed words wasAttributedTo an entity or hadPrimarySource a cited work', async () => {
    const all = await expandedExport('');
    const derived = all.find((c) => c['@id'] === 'urn:claimgraph:claim:wp-table-total-590-from-rows')!;
    expect(values(derived, `${PROV}wasDerivedFrom`).length).toBe(6);
    const appearances = all.flatMap((c) => nodes(c, `${SCHEMA}appearance`));
    const primary = appearances.flatMap((a) => nodes(a, `${PROV}hadPrimarySource`));
    expect(primary.map((s) => value(s, `${SCHEMA}publisher`))).toContain('CNN');
    const attributed = appearances.flatMap((a) => nodes(a, `${PROV}wasAttributedTo`));
    expect(attributed.map((e) => e['@id'])).toContain('urn:claimgraph:entity:monica-juma');
  });

  it('holds every claim the filter matches', async () => {
    const { data } = await env.api.query<{ claims: { totalCount: number } }>('{ claims(filter: { kind: PLEDGE }) { totalCount } }');
    expect((await expandedExport('?kind=pledge')).length).toBe(data!.claims.totalCount);
  });
});
