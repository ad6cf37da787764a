import { afterAll, describe, expect, it } from 'vitest';
import { Curation } from '../../src/curation/curation.js';
import { writeGraph } from '../../src/curation/graph-writer.js';
import type { GraphWrite, Origin } from '../../src/curation/graph-rows.js';
import { readMigrations } from '../../src/database/migrations.js';
import { pagePledges } from '../../src/graph/pledges.js';
import { loadSeedIntoGraph, readCorpus } from '../../src/ingestion/load-seed.js';
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

// The write side keeps the pledges view's entries and Contributor labels (cypher/curation/write-pledge-entries).
const run = curationRun();
const COUNTRY = run.id('atlantis');
const MINISTRY = run.id('atlantis-ministry-of-defence');
const OTHER = run.id('lemuria');
const PLEDGE = run.id('atlantis-pledge');
const SECOND = run.id('atlantis-second-pledge');
const curation = () => new Curation(env.graph.runner);
const labels = async (id: string) => {
  const { records } = await env.graph.driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels', { id });
  return records[0]!.get('labels') as string[];
};
const pledgesOf = async (id: string) => {
  const { page, total } = await pagePledges(env.graph.runner, id, 10, '', 2);
  return { page, total: typeof total === 'number' ? total : await total() };
};
const pledge = (id: string, subject: string, on: string) => ({
  id,
  kind: 'pledge',
  statement: `The Atlantis Ministry of Defence made a commitment to the mission in ${on} (test claim ${id}).`,
  subject,
  time: { on },
  citations: [{ quote: 'followed by additional commitments by various countries' }],
});
const NOTHING: GraphWrite = { entities: [], measures: [], sources: [], cites: [], claims: [], citations: [] };
/** A write no curation command makes (a part moved, an aspect changed), as a seed reload makes it. */
const rewrite = (write: Partial<GraphWrite>, origin: Origin) => env.graph.runner.writeTransaction((tx) => writeGraph(tx, { ...NOTHING, ...write }, origin));
const ministry = (partOfId: string | null) => ({ id: MINISTRY, name: `Atlantis Ministry of Defence${run.suffix}`, type: 'organization', aliases: [], partOfId });

afterAll(() => run.cleanUp(env.graph.runner));

describe('the entries and contributor flag kept by the write side', () => {
  it('a new country with a new part is no contributor until a pledge is written', async () => {
    await curation().addEntity(run.agent, { id: COUNTRY, name: `Atlantis${run.suffix}`, type: 'country' });
    await curation().addEntity(run.agent, { id: MINISTRY, name: `Atlantis Ministry of Defence${run.suffix}`, type: 'organization', partOf: COUNTRY });
    await curation().addEntity(run.agent, { id: OTHER, name: `Lemuria${run.suffix}`, type: 'country' });
    expect(await labels(COUNTRY)).not.toContain('Contributor');
    expect((await pledgesOf(COUNTRY)).page).toEqual([]);
  });

  it('refuses a part of an entity the graph does not hold', async () => {
    await expect(curation().addEntity(run.agent, { id: run.id('orphan'), name: 'Orphan', type: 'organization', partOf: run.id('nowhere') })).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: 'partOf' })],
    });
  });

  it("addClaims of a pledge by the part makes its country a contributor, the pledge listed under it by the part", async () => {
    await curation().addClaims(run.agent, { source: 'wikipedia-mss', claims: [pledge(PLEDGE, MINISTRY, '2024-02')] });
    expect(await labels(COUNTRY)).toContain('Contributor');
    expect(await labels(MINISTRY)).not.toContain('Contributor');
    const { page, total } = await pledgesOf(MINISTRY);
    expect(total).toBe(1);
    expect(page).toEqual([
      expect.objectContaining({ id: COUNTRY, partIds: [MINISTRY], pledgedCount: 1, pledged: [{ claimId: PLEDGE, byId: MINISTRY }], deliveredCount: 0 }),
    ]);
  });

  it('a second pledge, of the country itself and earlier, comes first and counts', async () => {
    await curation().addClaims(run.agent, { source: 'wikipedia-mss', claims: [pledge(SECOND, COUNTRY, '2024-01')] });
    const { page } = await pledgesOf(COUNTRY);
    expect(page[0]).toMatchObject({ pledgedCount: 2, pledged: [{ claimId: SECOND, byId: COUNTRY }, { claimId: PLEDGE, byId: MINISTRY }] });
  });

  it('a correction that moves a pledge later moves its entry', async () => {
    await curation().updateClaim(run.agent, SECOND, { time: { on: '2024-03' } });
    const { page } = await pledgesOf(COUNTRY);
    expect(page[0]!.pledged).toEqual([{ claimId: PLEDGE, byId: MINISTRY }, { claimId: SECOND, byId: COUNTRY }]);
  });

  it('a part made part of another country takes its pledges there', async () => {
    await rewrite({ entities: [ministry(OTHER)] }, 'curation');
    expect((await pledgesOf(COUNTRY)).page[0]).toMatchObject({ partIds: [], pledgedCount: 1, pledged: [{ claimId: SECOND, byId: COUNTRY }] });
    expect((await pledgesOf(MINISTRY)).page).toEqual([expect.objectContaining({ id: OTHER, partIds: [MINISTRY], pledgedCount: 1, pledged: [{ claimId: PLEDGE, byId: MINISTRY }] })]);
    expect(await labels(OTHER)).toContain('Contributor');
    await rewrite({ entities: [ministry(COUNTRY)] }, 'curation');
    expect(await labels(OTHER)).not.toContain('Contributor');
    expect((await pledgesOf(COUNTRY)).page[0]).toMatchObject({ partIds: [MINISTRY], pledgedCount: 2 });
  });

  it("a retracted pledge leaves its contributor's count and list, and the last one takes the contributor out of the list, its total and the label", async () => {
    await curation().retractClaim(run.agent, { id: SECOND, reason: 'test retraction' });
    expect((await pledgesOf(COUNTRY)).page[0]).toMatchObject({ pledgedCount: 1, pledged: [{ claimId: PLEDGE, byId: MINISTRY }] });
    await curation().retractClaim(run.agent, { id: PLEDGE, reason: 'test retraction' });
    expect(await labels(COUNTRY)).not.toContain('Contributor');
    const { page, total } = await pledgesOf(COUNTRY);
    expect(page).toEqual([]);
    expect(total).toBe(0);
  });

  it("a measure's aspect taken away takes its figures off the contributors' lists", async () => {
    const [measure] = (await readCorpus()).measures.filter((m) => m.id === 'mss-personnel-deployed-kenya');
    const kenya = async () => (await pledgesOf('kenya')).page[0]!;
    const before = await kenya();
    await rewrite({ measures: [{ ...measure!, aspect: null }] }, 'seed');
    expect((await kenya()).deliveredCount).toBe(before.deliveredCount - 4);
    await loadSeedIntoGraph(env.graph.runner);
    expect(await kenya()).toEqual(before);
  });

  it('migration 014 builds the same entries and labels for a graph written before it', async () => {
    const state = async () => {
      const { records } = await env.graph.driver.executeQuery(`
        CALL () { MATCH (c:Claim)-[r:PLEDGE_OF|DELIVERY_OF]->(e) RETURN collect([type(r), e.id, properties(r)]) AS entries }
        CALL () { MATCH (e:Contributor) RETURN collect(e.id) AS contributors }
        RETURN entries, contributors`);
      const entries = (records[0]!.get('entries') as unknown[][]).map((e) => JSON.stringify(e)).sort();
      return { entries, contributors: (records[0]!.get('contributors') as string[]).sort() };
    };
    const kept = await state();
    expect(kept.entries.length).toBeGreaterThan(50);
    await env.graph.driver.executeQuery('MATCH ()-[r:PLEDGE_OF|DELIVERY_OF]->() DELETE r');
    const migration = (await readMigrations()).find((m) => m.version === 14)!;
    for (const statement of migration.statements) await env.graph.runner.runSchema(statement);
    expect(await state()).toEqual(kept);
  });

  it('a seed reload that drops an entity keeps it while curated parts and claims stand on it, their entries as they were', async () => {
    const whole = run.id('mu');
    const maker = run.id('mu-fund');
    const part = run.id('mu-navy');
    // Seed rows the seed files do not hold: a later reload drops them unless something curated stands on them.
    const seedEntity = (id: string, name: string, type: string) => ({ id, name: `${name}${run.suffix}`, type, aliases: [], partOfId: null });
    await rewrite({ entities: [seedEntity(whole, 'Mu', 'country'), seedEntity(maker, 'Mu Fund', 'fund'), seedEntity(run.id('mu-unused'), 'Mu Unused', 'fund')] }, 'seed');
    await curation().addEntity(run.agent, { id: part, name: `Mu Navy${run.suffix}`, type: 'organization', partOf: whole });
    await curation().addClaims(run.agent, { source: 'wikipedia-mss', claims: [{ ...pledge(run.id('mu-pledge'), part, '2024-03'), madeBy: [maker] }] });
    const before = { whole: await pledgesOf(part), maker: await pledgesOf(maker) };
    expect(before.whole.page[0]).toMatchObject({ id: whole, partIds: [part], pledgedCount: 1 });
    expect(before.maker.page[0]).toMatchObject({ id: maker, pledgedCount: 1 });
    await loadSeedIntoGraph(env.graph.runner);
    expect({ whole: await pledgesOf(part), maker: await pledgesOf(maker) }).toEqual(before);
    expect(await labels(whole)).toContain('Contributor');
    const { records } = await env.graph.driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids RETURN collect(e.id) AS kept', { ids: [whole, maker, run.id('mu-unused')] });
    expect((records[0]!.get('kept') as string[]).sort()).toEqual([maker, whole].sort());
  });
});
