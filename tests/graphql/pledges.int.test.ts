import { describe, expect, it } from 'vitest';
import { everyNode } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

interface ContributorPledges {
  contributor: { id: string; name: string };
  pledgedCount: number;
  pledged: { id: string; time: { start: string | null } | null }[];
  deliveredCount: number;
  delivered: { id: string; value: { text: string } | null; time: { start: string | null } | null }[];
}

const PAGE = `query ($after: String, $per: Int) {
  pledges(first: 5, after: $after, perContributor: $per) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      contributor { id name }
      pledgedCount pledged { id time { start } }
      deliveredCount delivered { id value { text } time { start } }
    } }
  }
}`;

const allContributors = (per: number) => everyNode<ContributorPledges>(env.api, PAGE, 'pledges', { per });

describe('pledges by contributor', () => {
  it('pages through every contributor once, by name', async () => {
    const { nodes, total } = await allContributors(50);
    expect(nodes).toHaveLength(total);
    const names = nodes.map((n) => n.contributor.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(new Set(nodes.map((n) => n.contributor.id)).size).toBe(total);
    expect(nodes.map((n) => n.contributor.id)).toEqual(expect.arrayContaining(['kenya', 'united-states', 'jamaica', 'guatemala']));
  });

  it('sets what Kenya pledged beside what it delivered, in time order', async () => {
    const { nodes } = await allContributors(50);
    const kenya = nodes.find((n) => n.contributor.id === 'kenya')!;
    expect(kenya.delivered.map((c) => c.value?.text)).toContain('400 personnel');
    const days = kenya.delivered.map((c) => c.time?.start).filter((d): d is string => !!d);
    expect(days).toEqual([...days].sort());
    expect(kenya.pledgedCount).toBeGreaterThan(0);
  });

  it('caps each list at perContributor and still gives the full counts', async () => {
    const { nodes } = await allContributors(1);
    const kenya = nodes.find((n) => n.contributor.id === 'kenya')!;
    expect(kenya.delivered).toHaveLength(1);
    expect(kenya.deliveredCount).toBeGreaterThan(1);
    const { errors } = await env.api.query('{ pledges(perContributor: 0) { totalCount } }');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'perContributor' }) })]);
  });
});
