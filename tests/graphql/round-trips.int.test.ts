import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleVariables } from '../../bench/operations/bench-operations.js';
import { projectRoot } from '../../src/config/project-root.js';
import { exampleOperation } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

// Claims of the article, whose citations lead on to its 44-entry reference list.
const nested = (first: number) => `{
  claims(first: ${first}, filter: { source: "wikipedia-mss" }) {
    totalCount
    edges { node {
      id
      subject { name }
      measure { name subject { name } conflicts { id } }
      citations {
        quote
        context(chars: 40)
        attributedTo { ... on Entity { name } ... on Source { title } }
        source { title cites { number cited { title } } }
        claims { id }
      }
      derivation { from { id citations { id } } }
      support { corroboratedBy { id } }
      conflicts { id }
    } }
  }
}`;

interface NestedResult {
  claims: { edges: { node: { citations: { source: { cites: unknown[] } }[] } }[] };
}

describe('round trips to Neo4j per request', () => {
  it('stay bounded by the depth of a nested query, not by the number of claims, citations and sources it returns', async () => {
    const before = env.graph.runner.roundTrips;
    const { data, errors } = await env.api.query<NestedResult>(nested(100));
    const trips = env.graph.runner.roundTrips - before;
    expect(errors).toBeUndefined();
    const claims = data!.claims.edges.length;
    const citations = data!.claims.edges.flatMap((e) => e.node.citations);
    const references = citations.flatMap((c) => c.source.cites);
    expect(claims).toBe(100);
    expect(citations.length).toBeGreaterThanOrEqual(100);
    expect(references.length).toBeGreaterThanOrEqual(100);
    // One query per level and kind of object: an N+1 resolver would need hundreds.
    expect(trips).toBeLessThanOrEqual(14);
  });

  it('stay the same for a list of entities with their claims, however many entities it holds', async () => {
    const entitiesWithClaims = (first: number) => `{
      entities(first: ${first}) { edges { node { id claims(first: 3) { totalCount edges { node { id citations { id } } } } } } }
    }`;
    const trips = async (first: number) => {
      const before = env.graph.runner.roundTrips;
      const { data, errors } = await env.api.query<{ entities: { edges: { node: { claims: { edges: unknown[] } } }[] } }>(entitiesWithClaims(first));
      expect(errors).toBeUndefined();
      return { trips: env.graph.runner.roundTrips - before, withClaims: data!.entities.edges.filter((e) => e.node.claims.edges.length > 0).length };
    };
    const few = await trips(2);
    const many = await trips(60);
    expect(many.withClaims).toBeGreaterThan(20);
    expect(many.trips).toBe(few.trips);
  });
});

const operations = readdirSync(path.join(projectRoot, 'docs', 'operations')).filter((f) => f.endsWith('.graphql')).sort();

describe('round trips to Neo4j per example operation', () => {
  it.each(operations)('%s costs one round trip per root field: its query reads the whole selection', async (file) => {
    const text = await exampleOperation(file);
    const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const rootFields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value !== '__typename').length;
    const before = env.graph.runner.roundTrips;
    const { errors } = await env.api.query(text, exampleVariables(text));
    expect(errors).toBeUndefined();
    expect(env.graph.runner.roundTrips - before).toBe(rootFields);
  });
});

describe('round trips of a claims page with its total', () => {
  // One label counts all claims, a kind's or the contested ones: the page's query counts them too.
  it.each([{}, { kind: 'PLEDGE' }, { contested: true }])('filtered by %j, one: the page and its total', async (filter) => {
    const before = env.graph.runner.roundTrips;
    const { data, errors } = await env.api.query<{ claims: { totalCount: number } }>('query ($filter: ClaimFilter) { claims(filter: $filter, first: 5) { totalCount edges { node { id } } } }', { filter });
    expect(errors).toBeUndefined();
    expect(data!.claims.totalCount).toBeGreaterThan(5);
    expect(env.graph.runner.roundTrips - before).toBe(1);
  });

  it('filtered by a kind and contested, two: no one label counts them, so the total is counted apart, and only when asked', async () => {
    const ask = async (fields: string) => {
      const before = env.graph.runner.roundTrips;
      const { errors } = await env.api.query(`{ claims(filter: { kind: COUNT, contested: true }, first: 5) { ${fields} } }`);
      expect(errors).toBeUndefined();
      return env.graph.runner.roundTrips - before;
    };
    expect(await ask('totalCount edges { node { id } }')).toBe(2);
    expect(await ask('edges { node { id } }')).toBe(1);
  });
});
