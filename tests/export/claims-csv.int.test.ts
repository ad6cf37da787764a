import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { everyNode } from '../support/api-client.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

const CLAIMS = `query ($filter: ClaimFilter, $after: String) {
  claims(filter: $filter, orderBy: ID, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id statement citations { quote source { id title } } } }
  }
}`;
type Node = { id: string; statement: string; citations: { quote: string; source: { id: string; title: string } }[] };

const csvOf = async (query: string) => {
  const response = await fetch(new URL(`/export/claims.csv${query}`, env.api.url));
  return { response, text: await response.text() };
};
const rowsOf = (text: string) => parse(text, { columns: true, bom: false, relax_quotes: false }) as Record<string, string>[];

describe('/export/claims.csv', () => {
  it('has one row per citation of each claim the filter matches, as the API lists them', async () => {
    const filter = { source: 'cepr-johnston-2024-06-26' };
    const { nodes } = await everyNode<Node>(env.api, CLAIMS, 'claims', { filter });
    const { response, text } = await csvOf('?source=cepr-johnston-2024-06-26');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const rows = rowsOf(text);
    expect(rows.length).toBe(nodes.reduce((n, c) => n + c.citations.length, 0));
    expect(new Set(rows.map((r) => r.claim_id))).toEqual(new Set(nodes.map((c) => c.id)));
    const quotes = nodes.flatMap((c) => c.citations.map((q) => `${c.id}|${q.source.id}|${q.quote}`)).sort();
    expect(rows.map((r) => `${r.claim_id}|${r.source_id}|${r.quote}`).sort()).toEqual(quotes);
  });

  it('lists every claim, a derived one on a row of its own with the citation columns empty', async () => {
    const { nodes, total } = await everyNode<Node>(env.api, CLAIMS, 'claims');
    const rows = rowsOf((await csvOf('')).text);
    expect(rows.length).toBe(nodes.reduce((n, c) => n + Math.max(1, c.citations.length), 0));
    expect(new Set(rows.map((r) => r.claim_id)).size).toBe(total);
    const derived = rows.find((r) => r.claim_id === 'wp-table-total-590-from-rows');
    expect(derived).toMatchObject({ value: '590', time_start: '2025-01-03', source_id: '', quote: '', attributed_to: '' });
  });

  it('is RFC 4180: CRLF line ends, a header, fields with commas, quotes or line breaks quoted; UTF-8', async () => {
    const { text } = await csvOf('?measure=mss-personnel-deployed-total');
    expect(text.startsWith('claim_id,kind,statement,subject,measure,value,low,high,qualifier,unit,currency,time_start,time_end,time_precision,support_status,contested,source_id,source_title,publisher,url,quote,quote_start,quote_end,attributed_to\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"As of 3 January 2025, only just over 500 personnel from Kenya, Jamaica, Belize, the Bahamas, Guatemala, and El Salvador have been deployed to the theather"');
    const rows = rowsOf(text);
    expect(rows.find((r) => r.quote === 'Total 590')).toMatchObject({ claim_id: 'wp-table-total-590', value: '590', qualifier: 'exact', time_start: '2025-01-03', contested: 'true', source_title: 'Multinational Security Support Mission in Haiti' });
    // A quote with a doubled quote mark and letters outside ASCII, read back byte for byte.
    const creole = rowsOf((await csvOf('?text=Guatemalt%C3%A8que')).text);
    expect(creole.map((r) => r.quote)).toContain('Yon 2èm gwoup 75 militè "Guatemaltèque" rantre nan peyi a pou al ranfòse MMSS la');
  });

  it('refuses bad parameters with a 400 that names them', async () => {
    for (const [query, message] of [
      ['?kind=rumour', 'kind: must be one of'],
      ['?asOfTo=yesterday', 'asOfTo: must be a calendar day'],
      ['?order=ID', 'give filters only'],
      ['?colour=red', 'unknown parameter colour'],
    ]) {
      const { response, text } = await csvOf(query!);
      expect(response.status).toBe(400);
      expect(text).toContain(message);
    }
  });

  it('npm run export writes the same CSV as the HTTP route', async () => {
    const { uri, user, password, database } = inject('neo4j');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/export.ts', '--format', 'csv', '--measure', 'mss-personnel-deployed-total'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, LOG_LEVEL: 'error' },
    });
    expect(stdout).toBe((await csvOf('?measure=mss-personnel-deployed-total')).text);
  });
});
