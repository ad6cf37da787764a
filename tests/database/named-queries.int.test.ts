import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherDir, queryText } from '../../src/database/named-query.js';
import { migrate } from '../../src/database/migrations.js';
import { ROOTS_ONLY } from '../../src/graph/selected-records.js';
import { openTestGraph, type TestGraph } from '../support/test-graph.js';

const queryFiles = readdirSync(cypherDir, { recursive: true, encoding: 'utf8' })
  // A part is checked inside the queries that include it.
  .filter((f) => f.endsWith('.cypher') && !f.endsWith('.part.cypher') && !f.startsWith('migrations'))
  .sort();

/** A page query's parameters for reading nothing around its page. */
const ROOTS_ONLY_AROUND = { select: ROOTS_ONLY, shown: 0 };

let graph: TestGraph;
beforeAll(async () => {
  graph = openTestGraph();
  await migrate(graph.runner);
});
afterAll(async () => graph?.close());

/** Every operator of a plan, flattened. */
function operators(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): { operatorType: string; details: string }[] {
  return [
    { operatorType: plan.operatorType, details: String(plan.arguments.Details ?? '') },
    ...plan.children.flatMap((child) => operators(child as typeof plan)),
  ];
}

describe('every named Cypher query', () => {
  it.each(queryFiles)('%s compiles against Neo4j', async (file) => {
    const text = queryText(cypherDir, file);
    const params = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map(([, name]) => [name, null]));
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, params);
    expect(summary.plan).toBeTruthy();
  });

  it.each(['claims/claims-by-ids', 'citations/citations-by-ids', 'sources/sources-by-ids', 'entities/entities-by-ids', 'measures/measures-by-ids', 'conflicts/conflicts-by-ids', 'conflicts/summary-sides-by-ids'])(
    '%s finds its nodes through the id index, not a label scan',
    async (name) => {
      const text = queryText(cypherDir, `${name}.cypher`);
      const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, { ids: ['x'] });
      const ops = operators(summary.plan as never);
      expect(ops.map((o) => o.operatorType)).toContainEqual(expect.stringMatching(/NodeUniqueIndexSeek|NodeIndexSeek/));
      expect(ops.map((o) => o.operatorType)).not.toContainEqual(expect.stringMatching(/^(NodeByLabelScan|AllNodesScan)/));
    },
  );

  it('claims/claim-page-in-order reads every order from an index, never by scanning all claims', async () => {
    const text = queryText(cypherDir, 'claims/claim-page-in-order.cypher');
    const params = { filter: { kind: null, contested: null }, orderKey: 'TIME_ASC', afterTime: '0001-01-01', afterKey: 0, afterId: '', limit: 21, ...ROOTS_ONLY_AROUND };
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, params);
    const ops = operators(summary.plan as never);
    const indexReads = ops.filter((o) => /^NodeIndex(Scan|SeekByRange|Seek)|^NodeUniqueIndexSeekByRange/.test(o.operatorType));
    // One index read per order: time, time descending, value, value descending, id.
    expect(indexReads.map((o) => o.details).join('\n')).toMatch(/sortTime[\s\S]*sortTimeDesc|sortTimeDesc[\s\S]*sortTime/);
    expect(indexReads.length).toBeGreaterThanOrEqual(5);
    expect(ops.map((o) => o.operatorType)).not.toContainEqual(expect.stringMatching(/^(NodeByLabelScan|AllNodesScan)/));
  });

  it('entities/entity-page finds a search through the text index, never by reading every entity', async () => {
    const text = queryText(cypherDir, 'entities/entity-page.cypher');
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, { filter: { search: 'Kenya', type: null }, afterKey: '', limit: 6, ...ROOTS_ONLY_AROUND });
    const ops = operators(summary.plan as never).map((o) => o.operatorType);
    expect(ops).toContainEqual(expect.stringMatching(/^NodeIndexContainsScan/));
    expect(ops).not.toContainEqual(expect.stringMatching(/^(NodeByLabelScan|AllNodesScan)/));
  });

  it("measures/measure-page finds a subject's measures through their subjectId index, not among the entity's ABOUT links (its claims' too)", async () => {
    const text = queryText(cypherDir, 'measures/measure-page.cypher');
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, { filter: { subject: 'x' }, afterId: '', limit: 21 });
    const ops = operators(summary.plan as never);
    expect(ops.filter((o) => /^NodeIndexSeek/.test(o.operatorType)).map((o) => o.details)).toContainEqual(expect.stringContaining('m:Measure(subjectId)'));
    expect(ops.filter((o) => /Expand/.test(o.operatorType)).map((o) => o.details)).not.toContainEqual(expect.stringContaining(':ABOUT]'));
  });

  it('pledges/pledges-by-contributor reads each side from its index in order and stops there, and counts by degree', async () => {
    const text = queryText(cypherDir, 'pledges/pledges-by-contributor.cypher');
    const params = { filter: { contributor: null }, perContributor: 3, afterKey: '', limit: 21, ...ROOTS_ONLY_AROUND };
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, params);
    const ops = operators(summary.plan as never);
    const entrySeeks = ops.filter((o) => /^DirectedRelationshipIndexSeek/.test(o.operatorType)).map((o) => o.details);
    expect(entrySeeks).toEqual([expect.stringContaining('PLEDGE_OF(contributorId, sortTime, claimId)'), expect.stringContaining('DELIVERY_OF(contributorId, sortTime, claimId)')]);
    // Sorted after the read (Top or Sort), a side would read every entry of the contributor.
    expect(ops.filter((o) => /^(Top|Sort|PartialTop|PartialSort)/.test(o.operatorType) && o.details.includes('entry.'))).toEqual([]);
    expect(ops.map((o) => o.details).join('\n')).toMatch(/getDegree\(\(e\)<-\[:PLEDGE_OF\]-\(\)\)[\s\S]*getDegree\(\(e\)<-\[:DELIVERY_OF\]-\(\)\)/);
    expect(ops.map((o) => o.details).join('\n')).toMatch(/RANGE INDEX e:Contributor\(sortKey\)/);
  });

  it.each([
    ['sources/source-page', { filter: { kind: 'work' }, afterKey: '', limit: 21 }],
    ['measures/measure-page', { filter: { subject: null }, afterId: '', limit: 21 }],
    ['conflicts/conflict-page', { filter: { measure: null, kind: 'WITHIN_SOURCE', severity: null }, afterId: '', limit: 21, ...ROOTS_ONLY_AROUND }],
    // One text for several roots (one plan): whichever its parameters pick, it reads through indexes.
    ['graph/root-by-id', { kind: 'source', id: 'x', select: ROOTS_ONLY }],
    ['citations/verification-material', { target: { citationId: 'x', sourceId: null }, select: ROOTS_ONLY }],
  ])('%s reads its page or roots from an index, never by scanning a label', async (name, params) => {
    const text = queryText(cypherDir, `${name}.cypher`);
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, params);
    const ops = operators(summary.plan as never).map((o) => o.operatorType);
    expect(ops).toContainEqual(expect.stringMatching(/^NodeIndex|^NodeUniqueIndex/));
    expect(ops).not.toContainEqual(expect.stringMatching(/^(NodeByLabelScan|AllNodesScan)/));
  });
});
