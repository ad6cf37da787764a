import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInterfaceType, isLeafType, isNonNullType, isObjectType, isUnionType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import type { NamedQuery } from '../../src/database/named-query.js';
import { QueryRunner } from '../../src/database/query-runner.js';
import { EVERY_PROPERTY } from '../../src/graph/record-properties.js';
import { startApi, type ApiClient } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

/**
 * A root query's walk reads of claims, citations, sources and measures only the properties the
 * request asks for (src/graphql/properties-asked.ts). Each field of those types, asked alone, must answer what
 * an API whose walks read every property answers.
 */
const env = useCorpusApi();

/** The real runner, except that every root query's walk reads every property of its records. */
class ReadsEveryProperty extends QueryRunner {
  override read<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    const select = (params as { select?: object }).select;
    return super.read(query, select ? { ...params, select: { ...select, properties: EVERY_PROPERTY } } : params);
  }
}
let untrimmed: ApiClient;
beforeAll(async () => {
  untrimmed = await startApi(new ReadsEveryProperty(env.graph.driver, env.graph.runner.database, 'test'));
});
afterAll(() => untrimmed?.close());
const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));

const callable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => a.defaultValue !== undefined || !isNonNullType(a.type));
/** What to select below a field of this type: leaves, and one level of objects by their leaves. */
function below(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return `{ __typename ${named.getTypes().map((t) => `... on ${t.name} ${below(t, 0)}`).join(' ')} }`;
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = Object.values(named.getFields()).filter(callable);
  const chosen = depth > 0 ? fields : fields.filter((f) => isLeafType(getNamedType(f.type)));
  return `{ ${chosen.map((f) => `${f.name} ${below(f.type, depth - 1)}`).join(' ')} }`;
}
const fieldsOf = (type: 'Claim' | 'Citation' | 'Source') => {
  const named = schema.getType(type);
  if (!isObjectType(named)) throw new Error(type);
  return Object.values(named.getFields()).filter(callable);
};
const selection = (type: 'Claim' | 'Citation' | 'Source', fields: GraphQLField<unknown, unknown>[]) => {
  // A source's lists (its citations, its reference entries) by their leaves alone: the request's cost budget.
  const own = fields.map((f) => `${f.name} ${below(f.type, type === 'Source' ? 0 : 1)}`).join(' ');
  if (type === 'Claim') return own;
  if (type === 'Citation') return `citations { id ${own} }`;
  return `citations { id source { id ${own} } }`;
};
// Claims of both documents, with their citations and sources: a page of each (kept small for the request's cost budget).
const PAGE_SIZE = { Claim: 15, Citation: 8, Source: 3 };
const page = (type: keyof typeof PAGE_SIZE, inside: string) => `{
  wikipedia: claims(first: ${PAGE_SIZE[type]}, filter: { source: "wikipedia-mss" }, orderBy: VALUE_DESC) { edges { node { id ${inside} } } }
  cepr: claims(first: ${PAGE_SIZE[type]}, filter: { source: "cepr-johnston-2024-06-26" }) { edges { node { id ${inside} } } }
}`;

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The records of `type` in an answer, in its order: the claims, their citations, or those citations' sources. */
const recordsOf = (type: 'Claim' | 'Citation' | 'Source', data: any): any[] => {
  const claims = [...data.wikipedia.edges, ...data.cepr.edges].map((e: any) => e.node);
  if (type === 'Claim') return claims;
  const citations = claims.flatMap((c: any) => c.citations);
  return type === 'Citation' ? citations : citations.map((q: any) => q.source);
};

describe.each(['Claim', 'Citation', 'Source'] as const)('each field of %s asked alone', (type) => {
  it.each(fieldsOf(type).map((f) => [f.name, f] as const))('%s answers what it answers with every property read', async (name, field) => {
    const query = page(type, selection(type, [field]));
    const [trimmed, full] = await Promise.all([env.api.query(query), untrimmed.query(query)]);
    expect(trimmed.errors).toBeUndefined();
    const values = (data: unknown) => recordsOf(type, data).map((r) => r[name]);
    expect(values(trimmed.data)).toEqual(values(full.data));
    expect(values(trimmed.data).length).toBeGreaterThan(0);
  });
});

// Claim.time and Claim.support make objects of a claim's record, whose fields read a property each.
describe.each([
  ['ClaimTime', 'time'],
  ['Support', 'support'],
] as const)('each field of %s asked alone', (type, claimField) => {
  const named = schema.getType(type);
  if (!isObjectType(named)) throw new Error(type);
  it.each(Object.values(named.getFields()).map((f) => [f.name, f] as const))('%s answers what it answers with every property read', async (name, field) => {
    const query = page('Claim', `${claimField} { ${name} ${below(field.type, 0)} }`);
    const [trimmed, full] = await Promise.all([env.api.query(query), untrimmed.query(query)]);
    expect(trimmed.errors).toBeUndefined();
    const values = (data: unknown) => recordsOf('Claim', data).map((c) => c[claimField]?.[name]);
    expect(values(trimmed.data)).toEqual(values(full.data));
    expect(values(trimmed.data).filter((v) => v !== null && v !== undefined).length).toBeGreaterThan(0);
  });
});

// Measures, entities and conflicts, each reached from two root fields' walks.
const nodesOf = (data: any, root: string): any[] => data[root].edges.map((e: any) => e.node);
const reached = {
  Measure: {
    query: (inside: string) => `{
      claims(first: 15, filter: { source: "wikipedia-mss" }) { edges { node { id measure { id ${inside} } } } }
      conflicts(first: 10) { edges { node { id measure { id ${inside} } } } }
    }`,
    records: (data: any) => [...nodesOf(data, 'claims'), ...nodesOf(data, 'conflicts')].map((n) => n.measure).filter(Boolean),
  },
  Entity: {
    query: (inside: string) => `{
      claims(first: 15, filter: { source: "wikipedia-mss" }) { edges { node { id subject { id ${inside} } } } }
      entities(search: "Kenya") { edges { node { id ${inside} } } }
    }`,
    records: (data: any) => [...nodesOf(data, 'claims').map((n) => n.subject), ...nodesOf(data, 'entities')],
  },
  Conflict: {
    query: (inside: string) => `{
      claims(first: 15, filter: { contested: true }) { edges { node { id conflicts { id ${inside} } } } }
      conflicts(first: 10) { edges { node { id ${inside} } } }
    }`,
    records: (data: any) => [...nodesOf(data, 'claims').flatMap((n) => n.conflicts), ...nodesOf(data, 'conflicts')],
  },
};
describe.each(['Measure', 'Entity', 'Conflict'] as const)('each field of %s asked alone', (type) => {
  const named = schema.getType(type);
  if (!isObjectType(named)) throw new Error(type);
  it.each(Object.values(named.getFields()).map((f) => [f.name, f] as const))('%s answers what it answers with every property read', async (name, field) => {
    const query = reached[type].query(`${name} ${below(field.type, 0)}`);
    const [trimmed, full] = await Promise.all([env.api.query(query), untrimmed.query(query)]);
    expect(trimmed.errors).toBeUndefined();
    const values = (data: unknown) => reached[type].records(data).map((r) => r[name]);
    expect(values(trimmed.data)).toEqual(values(full.data));
    expect(values(trimmed.data).length).toBeGreaterThan(5);
  });
});

describe("a conflict's summary", () => {
  it('asked alone answers what it answers with every property read (its measure, the first finding, the claims)', async () => {
    const query = '{ conflicts(first: 10) { edges { node { id summary } } } }';
    const [trimmed, full] = await Promise.all([env.api.query(query), untrimmed.query(query)]);
    expect(trimmed.errors).toBeUndefined();
    expect(trimmed.data).toEqual(full.data);
    expect((trimmed.data as any).conflicts.edges.length).toBeGreaterThan(0);
  });
});

describe('two root fields of one request', () => {
  it('the second finds in the loaders a record the first read, with what the second asks', async () => {
    const id = 'wp-table-total-590';
    const alone = await env.api.query(`{ claim(id: "${id}") { value { text } support { status } citations { id quote } } }`);
    const both = await env.api.query(`{ first: claim(id: "${id}") { statement } second: claim(id: "${id}") { value { text } support { status } citations { id quote } } }`);
    expect(both.errors).toBeUndefined();
    expect((both.data as any).second).toEqual((alone.data as any).claim);
    expect((alone.data as any).claim.value.text).toBeTruthy();
  });
});
