import { afterAll, describe, expect, it } from 'vitest';
import { Curation } from '../../src/curation/curation.js';
import { pagePledges } from '../../src/graph/pledges.js';
import { everyNode } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';
import { curationRun } from '../support/curation-fixture.js';

const env = useCorpusApi();

interface Pledge {
  claim: {
    id: string;
    value: { text: string } | null;
    time: { start: string | null } | null;
    sources: { id: string }[];
    derivation: { method: string; from: { id: string }[] } | null;
    support: { status: string };
  };
  by: { id: string };
  jointWith: { id: string }[];
}

interface ContributorPledges {
  contributor: { id: string; name: string; type: string };
  parts: { id: string }[];
  pledgedCount: number;
  pledged: Pledge[];
  deliveredCount: number;
  delivered: Pledge[];
}

const PLEDGE_FIELDS = `claim { id value { text } time { start } sources { id } derivation { method from { id } } support { status } } by { id } jointWith { id }`;
const PAGE = `query ($after: String, $per: Int) {
  pledges(first: 5, after: $after, perContributor: $per) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      contributor { id name type }
      parts { id }
      pledgedCount pledged { ${PLEDGE_FIELDS} }
      deliveredCount delivered { ${PLEDGE_FIELDS} }
    } }
  }
}`;

const allContributors = (per: number) => everyNode<ContributorPledges>(env.api, PAGE, 'pledges', { per });
const contributor = async (id: string) => (await allContributors(50)).nodes.find((n) => n.contributor.id === id)!;
const entryOf = (list: Pledge[], claimId: string) => list.find((p) => p.claim.id === claimId);

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
    const kenya = await contributor('kenya');
    expect(kenya.delivered.map((p) => p.claim.value?.text)).toContain('400 personnel');
    const days = kenya.delivered.map((p) => p.claim.time?.start).filter((d): d is string => !!d);
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

describe('sub-units, funds and joint deposits', () => {
  it('lists the United States once, its government and departments under it, each figure with its own source', async () => {
    const { nodes } = await allContributors(50);
    const ids = nodes.map((n) => n.contributor.id);
    expect(ids.filter((id) => id === 'united-states')).toHaveLength(1);
    expect(ids).not.toEqual(expect.arrayContaining(['us-government']));
    expect(ids.filter((id) => id.startsWith('us-'))).toEqual([]);
    const us = nodes.find((n) => n.contributor.id === 'united-states')!;
    expect(us.parts.map((p) => p.id).sort()).toEqual(['us-department-of-defense', 'us-government', 'us-state-department']);
    const byPart = (part: string) => us.pledged.filter((p) => p.by.id === part);
    expect(byPart('us-state-department').map((p) => p.claim.value?.text)).toContain('$100,000,000');
    expect(byPart('us-department-of-defense').map((p) => p.claim.value?.text)).toContain('up to $100,000,000');
    expect(byPart('us-government').length).toBeGreaterThan(0);
    expect(byPart('united-states').map((p) => p.claim.value?.text)).toEqual(expect.arrayContaining(['$300,000,000', '$200,000,000']));
    for (const p of us.pledged) expect(p.claim.sources.length + (p.claim.derivation ? 1 : 0)).toBeGreaterThan(0);
    expect(us.pledgedCount).toBe(us.pledged.length);
  });

  it('asking for a department gives the country it rolls up to', async () => {
    const { data } = await env.api.query<{ pledges: { totalCount: number; edges: { node: { contributor: { id: string } } }[] } }>(
      '{ pledges(contributor: "us-state-department") { totalCount edges { node { contributor { id } } } } }',
    );
    expect(data!.pledges.totalCount).toBe(1);
    expect(data!.pledges.edges.map((e) => e.node.contributor.id)).toEqual(['united-states']);
  });

  it('counts the deposit Canada and France made together for each of them, with the other named', async () => {
    const deposit = 'wp-un-fund-10-8m-deposited-2024-03';
    const [canada, france] = [await contributor('canada'), await contributor('france')];
    expect(entryOf(canada.delivered, deposit)).toMatchObject({ by: { id: 'canada' }, jointWith: [{ id: 'france' }], claim: { value: { text: '$10,800,000' } } });
    expect(entryOf(france.delivered, deposit)).toMatchObject({ by: { id: 'france' }, jointWith: [{ id: 'canada' }] });
    expect(entryOf(canada.delivered, deposit)!.claim.sources).toEqual([{ id: 'wikipedia-mss' }]);
  });

  it('lists the UN basket fund as a contributor: what was pledged to it and deposited in it, and by whom', async () => {
    const fund = await contributor('un-basket-fund');
    expect(fund.contributor.type).toBe('FUND');
    expect(fund.pledged.map((p) => p.claim.value?.text)).toContain('$78,000,000');
    expect(fund.delivered.map((p) => p.claim.value?.text)).toEqual(expect.arrayContaining(['$10,800,000', '$21,000,000']));
    const deposit = entryOf(fund.delivered, 'wp-un-fund-10-8m-deposited-2024-03')!;
    expect(deposit.by.id).toBe('un-basket-fund');
    expect(deposit.jointWith.map((e) => e.id).sort()).toEqual(['canada', 'france']);
  });

  it("gives Guatemala's figureless pledge its figure, derived from the arrivals that completed it", async () => {
    const guatemala = await contributor('guatemala');
    const derived = entryOf(guatemala.pledged, 'wp-guatemala-pledged-150-derived')!;
    expect(derived.claim.value?.text).toBe('150 personnel');
    expect(derived.claim.support.status).toBe('DERIVED');
    expect(derived.claim.derivation!.method).toBe('sum');
    expect(derived.claim.derivation!.from.map((c) => c.id).sort()).toEqual([
      'wp-guatemala-completed-pledged-deployment',
      'wp-guatemala-first-75-arrived-2025-01-03',
      'wp-guatemala-second-75-arrived-2025-01-04',
    ]);
    expect(entryOf(guatemala.pledged, 'wp-guatemala-completed-pledged-deployment')!.claim.value).toBeNull();
  });
});

// The write side keeps the Contributor label that the pledges view reads (cypher/curation/mark-contributors).
const run = curationRun();
const COUNTRY = run.id('atlantis');
const MINISTRY = run.id('atlantis-ministry-of-defence');
const PLEDGE = run.id('atlantis-pledge');
const curation = () => new Curation(env.graph.runner);
const labels = async (id: string) => {
  const { records } = await env.graph.driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels', { id });
  return records[0]!.get('labels') as string[];
};
const pledgesOf = async (id: string) => {
  const { page, total } = await pagePledges(env.graph.runner, id, 10, '', 2);
  return { page, total: typeof total === 'number' ? total : await total() };
};

afterAll(() => run.cleanUp(env.graph.runner));

describe('the contributor flag kept by curation writes', () => {
  it('a new country with a new part is no contributor until a pledge is written', async () => {
    await curation().addEntity(run.agent, { id: COUNTRY, name: `Atlantis${run.suffix}`, type: 'country' });
    await curation().addEntity(run.agent, { id: MINISTRY, name: `Atlantis Ministry of Defence${run.suffix}`, type: 'organization', partOf: COUNTRY });
    expect(await labels(COUNTRY)).not.toContain('Contributor');
    expect((await pledgesOf(COUNTRY)).page).toEqual([]);
  });

  it('refuses a part of an entity the graph does not hold', async () => {
    await expect(curation().addEntity(run.agent, { id: run.id('orphan'), name: 'Orphan', type: 'organization', partOf: run.id('nowhere') })).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: 'partOf' })],
    });
  });

  it("addClaims of a pledge by the part makes its country a contributor, the pledge listed under it by the part", async () => {
    await curation().addClaims(run.agent, {
      source: 'wikipedia-mss',
      claims: [
        {
          id: PLEDGE,
          kind: 'pledge',
          statement: 'The Atlantis Ministry of Defence made a commitment to the mission in February 2024 (test claim).',
          subject: MINISTRY,
          time: { on: '2024-02' },
          citations: [{ quote: 'followed by additional commitments by various countries' }],
        },
      ],
    });
    expect(await labels(COUNTRY)).toContain('Contributor');
    expect(await labels(MINISTRY)).not.toContain('Contributor');
    const { page, total } = await pledgesOf(MINISTRY);
    expect(total).toBe(1);
    expect(page).toEqual([
      expect.objectContaining({ id: COUNTRY, partIds: [MINISTRY], pledgedCount: 1, pledged: [{ claimId: PLEDGE, byId: MINISTRY }], deliveredCount: 0 }),
    ]);
  });

  it('a retracted pledge leaves the label but takes the country out of the list and its total', async () => {
    await curation().retractClaim(run.agent, { id: PLEDGE, reason: 'test retraction' });
    expect(await labels(COUNTRY)).toContain('Contributor');
    const { page, total } = await pledgesOf(COUNTRY);
    expect(page).toEqual([]);
    expect(total).toBe(0);
  });
});
