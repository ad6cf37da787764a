import { describe, expect, it } from 'vitest';
import { everyNode, type ConnectionPage, type GraphQLResponse } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

const isSorted = (xs: string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

describe('the lists, page after page', () => {
  it("an edge's cursor resumes the list right after that edge", async () => {
    type Edges = { claims: { edges: { cursor: string; node: { id: string } }[] } };
    const { data } = await env.api.query<Edges>('{ claims(first: 4, orderBy: VALUE_ASC) { edges { cursor node { id } } } }');
    const edges = data!.claims.edges;
    expect(edges).toHaveLength(4);
    const after = await env.api.query<Edges>('query ($a: String) { claims(first: 2, orderBy: VALUE_ASC, after: $a) { edges { node { id } } } }', { a: edges[1]!.cursor });
    expect(after.data!.claims.edges.map((e) => e.node.id)).toEqual(edges.slice(2).map((e) => e.node.id));
  });

  it('sources: the two documents first, then the 40 cited works by title', async () => {
    const { nodes, total } = await everyNode<{ id: string; kind: string; title: string }>(
      env.api,
      'query ($after: String) { sources(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind title } } } }',
      'sources',
    );
    expect(total).toBe(42);
    expect(nodes).toHaveLength(42);
    expect(nodes.slice(0, 2).map((s) => s.kind)).toEqual(['DOCUMENT', 'DOCUMENT']);
    expect(isSorted(lower(nodes.slice(2).map((s) => s.title)))).toBe(true);
  });

  it('entities: every entity once, by name, a name before the longer names it begins', async () => {
    const { nodes, total } = await everyNode<{ id: string; name: string }>(
      env.api,
      'query ($after: String) { entities(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
      'entities',
    );
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((e) => e.id)).size).toBe(total);
    expect(isSorted(lower(nodes.map((e) => e.name)))).toBe(true);
    const ids = nodes.map((e) => e.id);
    expect(ids.indexOf('kenya')).toBeLessThan(ids.indexOf('kenya-police'));
  });

  it.each([
    ['KENYA', 'kenya-police'],
    ['enya', 'kenya-police'],
    ['tOc', 'global-initiative-against-transnational-organized-crime'],
  ])('entities(search: %j): every entity whose name or an alias holds it, in any case, page after page', async (search, expected) => {
    const everyEntity = await everyNode<{ id: string; name: string; aliases: string[] | null }>(
      env.api,
      'query ($after: String) { entities(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name aliases } } } }',
      'entities',
    );
    const holding = everyEntity.nodes.filter((e) => [e.name, ...(e.aliases ?? [])].some((text) => text.toLowerCase().includes(search.toLowerCase())));
    const { nodes, total } = await everyNode<{ id: string }>(
      env.api,
      'query ($search: String, $after: String) { entities(search: $search, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      'entities',
      { search },
    );
    expect(nodes.map((e) => e.id)).toContain(expected);
    expect(nodes.map((e) => e.id)).toEqual(holding.map((e) => e.id));
    expect(total).toBe(holding.length);
  });

  it('measures by id, and the conflicts of one measure', async () => {
    const measures = await everyNode<{ id: string }>(
      env.api,
      'query ($after: String) { measures(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      'measures',
    );
    expect(measures.nodes).toHaveLength(measures.total);
    expect(isSorted(measures.nodes.map((m) => m.id))).toBe(true);
    const conflicts = await everyNode<{ id: string; measure: { id: string } }>(
      env.api,
      'query ($after: String) { conflicts(first: 1, after: $after, measure: "mss-personnel-deployed-guatemala") { totalCount pageInfo { hasNextPage endCursor } edges { node { id measure { id } } } } }',
      'conflicts',
    );
    expect(conflicts.total).toBe(1);
    expect(conflicts.nodes.map((c) => c.measure.id)).toEqual(['mss-personnel-deployed-guatemala']);
  });

  it("an entity's claims: page after page, the same claims in the same order as claims filtered by that subject", async () => {
    const page = 'totalCount pageInfo { hasNextPage endCursor } edges { node { id } }';
    const bySubject = await everyNode<{ id: string }>(
      env.api,
      `query ($after: String) { claims(filter: { subject: "kenya" }, first: 100, after: $after) { ${page} } }`,
      'claims',
    );
    const ofEntity: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { data, errors }: GraphQLResponse<{ entity: { claims: ConnectionPage<{ id: string }> } }> = await env.api.query(`query ($after: String) { entity(id: "kenya") { claims(first: 4, after: $after) { ${page} } } }`, { after });
      expect(errors).toBeUndefined();
      const claims: ConnectionPage<{ id: string }> = data!.entity.claims;
      total = claims.totalCount;
      ofEntity.push(...claims.edges.map((e) => e.node.id));
      after = claims.pageInfo.hasNextPage ? claims.pageInfo.endCursor : null;
    } while (after);
    expect(bySubject.total).toBeGreaterThan(8);
    expect(total).toBe(bySubject.total);
    expect(ofEntity).toEqual(bySubject.nodes.map((c) => c.id));
  });
});
