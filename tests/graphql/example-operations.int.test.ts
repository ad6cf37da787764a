import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { exampleOperation } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

/**
 * Every example operation in docs/operations, run as a newcomer would run it from the Sandbox
 * (with the variables its `# Variables:` line gives), and checked against what the corpus says.
 */
const env = useCorpusApi();

// The responses are read as a person reads JSON: by path, without a type per operation.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

async function run(file: string): Promise<Json> {
  const text = await exampleOperation(file);
  const variables = /^# Variables: (.*)$/m.exec(text)?.[1];
  const { data, errors } = await env.api.query<Json>(text, variables ? JSON.parse(variables) : undefined);
  expect(errors, file).toBeUndefined();
  return data;
}

const ids = (claims: { id: string }[]) => claims.map((c) => c.id).sort();

const checks: Record<string, () => Promise<void>> = {
  async '01-who-states-us-pledge.graphql'() {
    const { measure } = await run('01-who-states-us-pledge.graphql');
    const pledge300 = measure.series.find((c: Json) => c.value?.text === '$300,000,000');
    expect(pledge300.citations).toContainEqual(
      expect.objectContaining({ quote: 'raising its total pledge to $300 million', source: expect.objectContaining({ publisher: 'Wikipedia' }) }),
    );
    // The reference list adds CNN's headline, quoted by the article and attributed to CNN's article.
    const attributed = measure.series.flatMap((c: Json) => c.citations).map((q: Json) => q.attributedTo?.title);
    expect(attributed).toContain("US will contribute $300 million to Haiti's multinational security mission");
    expect(measure.conflicts).toHaveLength(1);
    expect(measure.conflicts[0].findings[0].reason).toContain('undated');
  },

  async '02-personnel-conflict.graphql'() {
    const { conflicts } = await run('02-personnel-conflict.graphql');
    expect(conflicts.totalCount).toBe(1);
    const [conflict] = conflicts.edges.map((e: Json) => e.node);
    expect(conflict.kinds).toEqual(expect.arrayContaining(['WITHIN_SOURCE', 'DERIVED_VS_STATED']));
    const byId = new Map(conflict.claims.map((c: Json) => [c.id, c]));
    expect((byId.get('wp-lead-deployed-just-over-500') as Json).value.text).toBe('just over 500 personnel');
    expect((byId.get('wp-table-total-590') as Json).citations.map((q: Json) => q.quote)).toContain('Total 590');
    const derived = byId.get('wp-table-total-590-from-rows') as Json;
    expect(derived.derivation.method).toBe('sum');
    expect(derived.derivation.from.map((c: Json) => c.value.text)).toHaveLength(6);
    expect(conflict.findings.some((f: Json) => f.reason.includes('just over 500') && f.reason.includes('590'))).toBe(true);
  },

  async '03-basket-fund-series.graphql'() {
    const { measure } = await run('03-basket-fund-series.graphql');
    expect(measure.series.map((c: Json) => [c.time.start, c.value.text])).toEqual([
      ['2024-03-01', '$10,800,000'],
      ['2024-06-26', '$21,000,000'],
    ]);
    expect(measure.series[1].citations[0].source.published).toBe('2024-06-26');
    expect(measure.conflicts).toEqual([]);
  },

  async '04-all-conflicts.graphql'() {
    const { conflicts } = await run('04-all-conflicts.graphql');
    const measures = conflicts.edges.map((e: Json) => e.node.measure.id).sort();
    expect(measures).toEqual([
      'mss-contributing-countries',
      'mss-funding-pledged-united-states',
      'mss-personnel-deployed-guatemala',
      'mss-personnel-deployed-jamaica-and-belize',
      'mss-personnel-deployed-kenya',
      'mss-personnel-deployed-total',
    ]);
    expect(conflicts.totalCount).toBe(6);
    const severities = Object.fromEntries(conflicts.edges.map((e: Json) => [e.node.measure.id, e.node.severity]));
    // CEPR's "at least six other countries have pledged" beside its "at least seven other countries have offered", both of late June 2024.
    expect(severities).toEqual({
      'mss-contributing-countries': 'TENSION',
      'mss-funding-pledged-united-states': 'TENSION',
      'mss-personnel-deployed-guatemala': 'CONFLICT',
      // 20 from Jamaica and Belize in late October 2024, after about two dozen Jamaicans arrived in September.
      'mss-personnel-deployed-jamaica-and-belize': 'CONFLICT',
      // 400 in late October 2024 and in the table, after contingents of 400 and 200.
      'mss-personnel-deployed-kenya': 'CONFLICT',
      'mss-personnel-deployed-total': 'CONFLICT',
    });
    const countries = conflicts.edges.find((e: Json) => e.node.measure.id === 'mss-contributing-countries').node;
    expect(countries.findings.find((f: Json) => f.reason.startsWith('The same source says')).reason).toMatch(/at least six[\s\S]*at least seven|at least seven[\s\S]*at least six/);
    const guatemala = conflicts.edges.find((e: Json) => e.node.measure.id === 'mss-personnel-deployed-guatemala').node;
    expect(ids(guatemala.findings[0].claims)).toEqual(['wp-guatemala-deployed-75-2025-01-03', 'wp-table-guatemala-150']);
    // The summary reads on its own: the measure, both sides in their own words and why they
    // disagree (the first finding's reason, said once), and who states them.
    const total = conflicts.edges.find((e: Json) => e.node.measure.id === 'mss-personnel-deployed-total').node;
    expect(total.summary).toBe(
      `Personnel deployed to the MSS (all contributors): ${total.findings[0].reason} Both are stated by “Multinational Security Support Mission in Haiti” (Wikipedia). ` +
        `${new Set(total.findings.flatMap((f: Json) => ids(f.claims))).size} claims take part in all; the findings list every pair.`,
    );
    expect(total.summary).toContain('only just over 500 personnel');
    expect(total.summary.split('only just over 500 personnel').length).toBe(2);
  },

  async '05-claim-provenance.graphql'() {
    const { claim } = await run('05-claim-provenance.graphql');
    expect(claim.support.status).toBe('CONTESTED');
    const total = claim.citations.find((q: Json) => q.quote === 'Total 590');
    expect(total.section).toBe('Current personnel');
    expect(total.context).toContain(`${total.prefix}Total 590${total.suffix}`);
    const text = Array.from(await readFile(path.join(projectRoot, 'seed/texts/wikipedia-mss-2025-01.txt'), 'utf8'));
    expect(text.slice(total.start, total.end).join('')).toBe('Total 590');
    // The reference list comes once per source, not once per citation.
    expect(claim.sources.map((s: Json) => s.id)).toEqual(['wikipedia-mss']);
    const references = claim.sources[0].cites;
    expect(references.map((r: Json) => r.number)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(new Set(references.map((r: Json) => r.cited.id)).size).toBe(40);
    expect(JSON.stringify(claim).match(/"number":/g)).toHaveLength(44);
  },

  async '06-audit-a-source.graphql'() {
    const { source, verifySource } = await run('06-audit-a-source.graphql');
    const bytes = await readFile(path.join(projectRoot, 'seed/texts/cepr-johnston-2024-06-26.txt'));
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(source.publisher).toBe('Center for Economic and Policy Research');
    expect(source.claimCount).toBeGreaterThan(40);
    expect(verifySource).toMatchObject({ ok: true, textIntact: true, failed: [] });
    expect(verifySource.checked).toBeGreaterThan(40);
  },

  async '07-pledges.graphql'() {
    const { pledges } = await run('07-pledges.graphql');
    expect(pledges.totalCount).toBe(1);
    const [us] = pledges.edges.map((e: Json) => e.node);
    expect(us.contributor.id).toBe('united-states');
    expect(us.pledgedCount).toBe(us.pledged.length);
    const amounts = us.pledged.map((p: Json) => p.claim.value?.text);
    expect(amounts).toEqual(expect.arrayContaining(['$300,000,000', '$200,000,000']));
    expect(us.parts.map((p: Json) => p.id)).toEqual(expect.arrayContaining(['us-government', 'us-state-department', 'us-department-of-defense']));
    const stateDepartment = us.pledged.find((p: Json) => p.by.id === 'us-state-department');
    expect(stateDepartment.claim.citations).toContainEqual(expect.objectContaining({ quote: expect.stringContaining('$100 million in foreign assistance') }));
  },

  async '08-find-an-entity.graphql'() {
    const { entities } = await run('08-find-an-entity.graphql');
    const kenya = entities.edges.map((e: Json) => e.node).find((e: Json) => e.id === 'kenya');
    expect(kenya.type).toBe('COUNTRY');
    expect(kenya.measures.map((m: Json) => m.id)).toContain('mss-personnel-deployed-kenya');
    expect(kenya.claims.totalCount).toBeGreaterThan(5);
  },

  async '09-search-claims.graphql'() {
    const { claims } = await run('09-search-claims.graphql');
    const found = claims.edges.map((e: Json) => e.node.id);
    expect(found).toEqual(expect.arrayContaining(['cepr-basket-fund-21m', 'wp-un-fund-10-8m-deposited-2024-03']));
    expect(claims.edges[0].node.citations[0].quote.toLowerCase()).toContain('basket fund');
  },

  async '10-resolution-2699.graphql'() {
    const { claims, adoption } = await run('10-resolution-2699.graphql');
    const votes = new Map<string, string>(
      claims.edges.map((e: Json) => e.node).filter((c: Json) => c.kind === 'VOTE').map((c: Json) => [c.measure.id, c.value.text]),
    );
    expect(Object.fromEntries(votes)).toEqual({
      'unsc-res2699-votes-for': '13 votes',
      'unsc-res2699-votes-against': '0 votes',
      'unsc-res2699-abstentions': '2 votes',
    });
    expect(claims.edges.map((e: Json) => e.node).filter((c: Json) => c.kind === 'VOTE').every((c: Json) => c.time.start === '2023-10-02')).toBe(true);
    const dated = adoption.series.filter((c: Json) => c.time?.start === '2023-10-02' && c.time?.end === '2023-10-02');
    expect(dated.length).toBeGreaterThan(0);
  },
};

describe('the example operations in docs/operations', () => {
  it('each has a check here', async () => {
    const files = (await readdir(path.join(projectRoot, 'docs', 'operations'))).filter((f) => f.endsWith('.graphql'));
    expect(files.sort()).toEqual(Object.keys(checks).sort());
  });

  for (const [file, check] of Object.entries(checks)) it(`${file} answers from the corpus`, check);
});
