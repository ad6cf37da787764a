import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import type { NamedQuery } from '../../src/database/named-query.js';
import { luceneTerms } from '../../src/graph/claim-pages.js';
import { benchQuery } from '../bench-query.js';
import { verifyFetchedSource } from './verify-fetched-source.js';

export type Variables = Record<string, unknown>;

export interface GraphQLRequest {
  query: string;
  variables: Variables;
  /** Work the client does on the answer to get what our API returns (verifying quotes). */
  finish?: (data: unknown) => unknown;
}

export interface FloorRequest {
  query: NamedQuery<Variables, { data: unknown }>;
  params: Variables;
  finish?: (data: unknown) => unknown;
}

/** One thing a client asks, as each target asks it: the same data, three ways. */
export interface BenchOperation {
  name: string;
  what: string;
  api: GraphQLRequest;
  /** Absent when no hand-written query is worth comparing (lists the floor would answer the same way). */
  floor?: FloorRequest;
  /** Absent when @neo4j/graphql cannot express it. */
  peer?: GraphQLRequest;
  /** Why the peer's answer legitimately differs from ours, when it does. */
  peerDiffers?: string;
}

/** What the claims variants filter on: ids in the middle of the graph of this size. */
export interface Probes {
  measure: string;
  subject: string;
  source: string;
  /** A word that finds one entity's claims, not half the graph. */
  text: string;
}

const CLAIMS_PAGE_SIZE = 20;
const docs = (file: string) => readFileSync(path.join(projectRoot, 'docs', 'operations', file), 'utf8');
const peerDocument = (file: string) => readFileSync(path.join(projectRoot, 'bench', 'peer', 'operations', file), 'utf8');
const benchDocument = (file: string) => readFileSync(path.join(projectRoot, 'bench', 'operations', file), 'utf8');
const floorQuery = (name: string) => benchQuery<Variables, { data: unknown }>(`floor/${name}`);

/** The JSON after "# Variables:" in an example operation, as a reader pastes it into the Sandbox. */
export function exampleVariables(text: string): Variables {
  const line = text.split('\n').find((l) => l.startsWith('# Variables:'));
  return line ? (JSON.parse(line.slice('# Variables:'.length)) as Variables) : {};
}

/** docs/operations, each with its floor and peer; the ids are the corpus's, present at every size. */
export function exampleOperations(): BenchOperation[] {
  const example = (file: string, floorParams: Variables, peer: Variables, peerDiffers?: string): BenchOperation => {
    const name = file.replace(/\.graphql$/, '');
    const text = docs(file);
    // The audit's verification is computation on the text: whoever fetches the material does it.
    const finish = name === '06-audit-a-source' ? verifyFetchedSource : undefined;
    return {
      name: `docs/${name}`,
      what: text.split('\n')[0]!.replace(/^#\s*/, ''),
      api: { query: text, variables: exampleVariables(text) },
      floor: { query: floorQuery(`docs/${name}`), params: floorParams, ...(finish ? { finish } : {}) },
      peer: { query: peerDocument(file), variables: peer, ...(finish ? { finish } : {}) },
      ...(peerDiffers ? { peerDiffers } : {}),
    };
  };
  return [
    example('01-who-states-us-pledge.graphql', { measure: 'mss-funding-pledged-united-states' }, { measure: 'mss-funding-pledged-united-states' }),
    example('02-personnel-conflict.graphql', { measure: 'mss-personnel-deployed-total', first: 20 }, { measure: 'mss-personnel-deployed-total' }),
    example('03-basket-fund-series.graphql', { measure: 'un-basket-fund-balance' }, { measure: 'un-basket-fund-balance' }),
    example('04-all-conflicts.graphql', { after: null, first: 50 }, {}),
    example(
      '05-claim-provenance.graphql',
      { id: 'wp-table-total-590' },
      { id: 'wp-table-total-590' },
      "the peer has no list of a claim's sources (a path through its citations, each source once): it repeats a source and its references under every quote from it",
    ),
    example('06-audit-a-source.graphql', { id: 'cepr-johnston-2024-06-26' }, { id: 'cepr-johnston-2024-06-26' }),
    example(
      '07-pledges.graphql',
      { contributor: 'united-states', perContributor: 50 },
      { contributor: 'united-states' },
      'the peer lists a pledge claim that also belongs to a pledged measure twice (as a pledge and under its measure): it cannot merge two relationship paths into one list',
    ),
    example(
      '08-find-an-entity.graphql',
      { search: 'Kenya' },
      { search: 'Kenya' },
      'the peer matches names case-sensitively and aliases only whole (no toLower or list-element filters in @neo4j/graphql)',
    ),
    example(
      '09-search-claims.graphql',
      { text: luceneTerms('basket fund'), first: 10 },
      { text: 'basket fund' },
      "the peer's fulltext search finds claims by their statement only, not by their citations' quotes",
    ),
    example('10-resolution-2699.graphql', { subject: 'un-security-council', measure: 'unsc-res2699-adoption-date' }, { subject: 'un-security-council', measure: 'unsc-res2699-adoption-date' }),
  ];
}

interface ClaimsVariant {
  name: string;
  what: string;
  filter: Variables | null;
  orderBy: string;
  floor: string;
  floorParams: Variables;
  peer: GraphQLRequest;
  peerDiffers?: string;
}

const claimsPage = (variant: ClaimsVariant): BenchOperation => ({
  name: `claims/${variant.name}`,
  what: variant.what,
  api: { query: benchDocument('claims-page.graphql'), variables: { filter: variant.filter, orderBy: variant.orderBy, after: null } },
  floor: {
    query: { name: `bench/floor/claims/${variant.floor}`, text: `${floorQuery(`claims/${variant.floor}`).text}\n${floorQuery('claims/page-of-claims').text}` },
    params: { first: CLAIMS_PAGE_SIZE, ...variant.floorParams },
  },
  peer: variant.peer,
  ...(variant.peerDiffers ? { peerDiffers: variant.peerDiffers } : {}),
});

const peerPage = (where: Variables | null, sort: Variables[]): GraphQLRequest => ({
  query: peerDocument('claims-page.graphql'),
  variables: { where, sort: [...sort, { id: 'ASC' }], after: null },
});

/** The main filters and orders of claims(...), first page; the second pages are made from these. */
export function claimsVariants(probes: Probes): BenchOperation[] {
  const firstPage = { afterTime: '0001-01-01', afterId: '' };
  const asOf = { asOfFrom: '2024-01-01', asOfTo: '2024-03-31' };
  const variants: ClaimsVariant[] = [
    { name: 'time-asc', what: 'every claim, time order (the default)', filter: null, orderBy: 'TIME_ASC', floor: 'time-ascending', floorParams: firstPage, peer: peerPage(null, [{ sortTime: 'ASC' }]) },
    {
      name: 'time-desc',
      what: 'every claim, latest first',
      filter: null,
      orderBy: 'TIME_DESC',
      floor: 'time-descending',
      floorParams: {},
      peer: peerPage(null, [{ sortTimeDesc: 'ASC' }]),
    },
    { name: 'value-asc', what: 'every claim, smallest value first', filter: null, orderBy: 'VALUE_ASC', floor: 'value-ascending', floorParams: {}, peer: peerPage(null, [{ sortValue: 'ASC' }]) },
    {
      name: 'value-desc',
      what: 'every claim, largest value first',
      filter: null,
      orderBy: 'VALUE_DESC',
      floor: 'value-descending',
      floorParams: {},
      peer: peerPage(null, [{ sortValueDesc: 'ASC' }]),
    },
    {
      name: 'by-measure',
      what: `one measure's claims (${probes.measure})`,
      filter: { measure: probes.measure },
      orderBy: 'TIME_ASC',
      floor: 'by-measure',
      floorParams: { measure: probes.measure },
      peer: { query: peerDocument('claims-page-of-measure.graphql'), variables: { measure: probes.measure } },
    },
    {
      name: 'by-subject',
      what: `claims about one entity (${probes.subject})`,
      filter: { subject: probes.subject },
      orderBy: 'TIME_ASC',
      floor: 'by-subject',
      floorParams: { subject: probes.subject },
      peer: { query: peerDocument('claims-page-of-subject.graphql'), variables: { subject: probes.subject } },
    },
    {
      name: 'by-source',
      what: `claims one source states (${probes.source})`,
      filter: { source: probes.source },
      orderBy: 'TIME_ASC',
      floor: 'by-source',
      floorParams: { source: probes.source },
      peer: peerPage({ citations: { some: { sourceId: { eq: probes.source } } } }, [{ sortTime: 'ASC' }]),
    },
    {
      name: 'by-kind',
      what: 'claims of one kind (PLEDGE)',
      filter: { kind: 'PLEDGE' },
      orderBy: 'TIME_ASC',
      floor: 'by-kind',
      floorParams: { kind: 'pledge' },
      peer: peerPage({ kind: { eq: 'pledge' } }, [{ sortTime: 'ASC' }]),
    },
    {
      name: 'as-of',
      what: `claims holding between ${asOf.asOfFrom} and ${asOf.asOfTo}`,
      filter: asOf,
      orderBy: 'TIME_ASC',
      floor: 'as-of',
      floorParams: asOf,
      peer: peerPage(
        {
          AND: [
            { OR: [{ timeEnd: { gte: asOf.asOfFrom } }, { AND: [{ timeEnd: { eq: null } }, { NOT: { timeStart: { eq: null } } }] }] },
            { OR: [{ timeStart: { lte: asOf.asOfTo } }, { AND: [{ timeStart: { eq: null } }, { NOT: { timeEnd: { eq: null } } }] }] },
          ],
        },
        [{ sortTime: 'ASC' }],
      ),
    },
    {
      name: 'text-relevance',
      what: `free text "${probes.text}", best match first`,
      filter: { text: probes.text },
      orderBy: 'RELEVANCE',
      floor: 'text-relevance',
      floorParams: { text: luceneTerms(probes.text) },
      peer: { query: peerDocument('claims-page-matching.graphql'), variables: { text: probes.text } },
      peerDiffers: "the peer's fulltext search finds claims by their statement only, not by their citations' quotes, and breaks ties in score its own way",
    },
    {
      name: 'contested',
      what: 'contested claims',
      filter: { contested: true },
      orderBy: 'TIME_ASC',
      floor: 'contested',
      floorParams: {},
      peer: peerPage({ contested: { eq: true } }, [{ sortTime: 'ASC' }]),
    },
  ];
  return variants.map(claimsPage);
}

/** Where each target's first page of the default listing ended (absent when it failed): the second page starts there. */
export interface PageEnds {
  apiCursor: string | undefined;
  floorAfter: { time: string; id: string } | undefined;
  peerCursor: string | undefined;
}

/** The default listing's second page, after the cursors each target's first page returned. */
export function claimsSecondPage(first: BenchOperation, ends: PageEnds): BenchOperation {
  const { floor, peer, ...rest } = first;
  return {
    ...rest,
    name: 'claims/time-asc-page-2',
    what: 'every claim, time order, second page (after)',
    api: { ...first.api, variables: { ...first.api.variables, after: ends.apiCursor ?? null } },
    ...(floor && ends.floorAfter ? { floor: { ...floor, params: { ...floor.params, afterTime: ends.floorAfter.time, afterId: ends.floorAfter.id } } } : {}),
    ...(peer && ends.peerCursor ? { peer: { ...peer, variables: { ...peer.variables, after: ends.peerCursor } } } : {}),
  };
}

/** Lists beyond docs/operations whose Cypher the scaling analysis should see too (our API only: the floor would read them the same way). */
export function otherLists(): BenchOperation[] {
  return [
    { name: 'lists/pledges', what: 'pledges() of every contributor, first page (ids only)', api: { query: benchDocument('pledges-of-every-contributor.graphql'), variables: {} } },
    { name: 'lists/sources', what: 'sources(first: 20)', api: { query: '{ sources(first: 20) { totalCount edges { node { id title } } } }', variables: {} } },
    { name: 'lists/measures', what: 'measures(first: 20)', api: { query: '{ measures(first: 20) { totalCount edges { node { id name } } } }', variables: {} } },
    { name: 'lists/entities', what: 'entities(first: 20)', api: { query: '{ entities(first: 20) { totalCount edges { node { id name } } } }', variables: {} } },
  ];
}
