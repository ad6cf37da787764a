import { describe, expect, it } from 'vitest';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

interface Page {
  claims: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string } }[] };
}

/** A cursor as this API's first version made them: base64url of [key, id], unsigned. */
const forged = (key: unknown, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64url');

describe('client mistakes get client codes', () => {
  it('searches Lucene word operators as words: AND, OR, NOT and "kenya AND" answer, with no database error', async () => {
    for (const text of ['AND', 'OR', 'NOT', 'kenya AND', 'NOT kenya', '"unclosed', 'a:b', '*']) {
      const { status, data, errors } = await env.api.query<Page>('query ($t: String) { claims(filter: { text: $t }) { totalCount } }', { t: text });
      expect(errors, text).toBeUndefined();
      expect(status, text).toBe(200);
      expect(data?.claims.totalCount, text).toBeGreaterThanOrEqual(0);
    }
  });

  it('still finds claims by the words around an operator', async () => {
    const { data } = await env.api.query<Page>('{ claims(filter: { text: "Kenya AND police" }) { totalCount } }');
    expect(data?.claims.totalCount).toBeGreaterThan(0);
  });

  it('refuses tampered claims cursors with BAD_USER_INPUT naming "after"', async () => {
    const { data } = await env.api.query<Page>('{ claims(first: 2) { pageInfo { endCursor } } }');
    const issued = data!.claims.pageInfo.endCursor!;
    const [payload, mac] = issued.split('.');
    const tampered = [
      ...[99999999, 20240230, -1, 1e300].map((key) => forged(key, 'x')),
      ...[99999999, 20240230, -1].map((key) => `${Buffer.from(JSON.stringify([key, 'x'])).toString('base64url')}.${mac}`),
      `${payload}.${'A'.repeat(mac!.length)}`,
      `${payload}`,
    ];
    for (const order of ['TIME_ASC', 'TIME_DESC', 'VALUE_ASC', 'ID']) {
      for (const after of tampered) {
        const { status, errors } = await env.api.query(`query ($after: String) { claims(orderBy: ${order}, after: $after) { totalCount } }`, { after });
        expect(status, `${order} ${after}`).toBe(200);
        expect(errors?.[0]?.extensions, `${order} ${after}`).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      }
    }
  });

  it('accepts a cursor only in the list and order that issued it', async () => {
    const { data } = await env.api.query<Page>('{ claims(first: 2, orderBy: TIME_ASC) { pageInfo { endCursor } } }');
    const cursor = data!.claims.pageInfo.endCursor!;
    const same = await env.api.query<Page>('query ($a: String) { claims(first: 2, orderBy: TIME_ASC, after: $a) { edges { node { id } } } }', { a: cursor });
    expect(same.errors).toBeUndefined();
    expect(same.data?.claims.edges).toHaveLength(2);
    const other = await env.api.query('query ($a: String) { claims(orderBy: VALUE_ASC, after: $a) { totalCount } }', { a: cursor });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const list = await env.api.query('query ($a: String) { sources(after: $a) { totalCount } }', { a: cursor });
    expect(list.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves only the explorer files it names: constructor, __proto__ and toString are 404', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nope.js']) {
      const response = await fetch(`${env.api.url}graphiql/assets/${name}`);
      expect(response.status, name).toBe(404);
    }
    expect((await fetch(`${env.api.url}graphiql/assets/graphiql.css`)).status).toBe(200);
  });
});
