import { describe, expect, it } from 'vitest';
import { claimCountOf, createGraphLoaders } from '../../src/graph/graph-loaders.js';
import { readClaim } from '../../src/graph/root-records.js';
import { ROOTS_ONLY } from '../../src/graph/selected-records.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();
const SOURCE = 'cepr-johnston-2024-06-26';

/** The count as Source.claimCount defines it: the distinct claims the source's citations support, retracted ones left out. */
async function countedInCypher(id: string): Promise<number> {
  const { records } = await env.graph.driver.executeQuery(
    'MATCH (:Source {id: $id})<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) WHERE NOT c:Retracted RETURN count(DISTINCT c) AS n',
    { id },
  );
  return Number(records[0]!.get('n'));
}

interface Sources {
  claims: { edges: { node: { sources: { id: string; claimCount?: number }[] } }[] };
}

describe("a source's claimCount, counted only when asked", () => {
  it('is right from source(id)', async () => {
    const { data, errors } = await env.api.query<{ source: { claimCount: number } }>(`{ source(id: "${SOURCE}") { claimCount } }`);
    expect(errors).toBeUndefined();
    expect(data!.source.claimCount).toBe(await countedInCypher(SOURCE));
  });

  it("is right from a claim's sources, read by the root query", async () => {
    const { data, errors } = await env.api.query<Sources>(`{ claims(first: 5, filter: { source: "${SOURCE}" }) { edges { node { sources { id claimCount } } } } }`);
    expect(errors).toBeUndefined();
    const sources = data!.claims.edges.flatMap((e) => e.node.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.claimCount).toBe(await countedInCypher(s.id));
  });

  it('is loaded for a source whose record a root query read without it', async () => {
    const { records } = await env.graph.driver.executeQuery('MATCH (:Source {id: $id})<-[:STATED_IN]-(:Citation)-[:SUPPORTS]->(c:Claim) RETURN c.id AS id LIMIT 1', { id: SOURCE });
    const loaders = createGraphLoaders(env.graph.runner);
    await readClaim(env.graph.runner, loaders, records[0]!.get('id') as string, { ...ROOTS_ONLY, claimCitations: true, citationSources: true });
    const primed = await loaders.source.load(SOURCE);
    expect(primed!.claimCount).toBeNull();
    expect(await claimCountOf(loaders, primed!)).toBe(await countedInCypher(SOURCE));
  });
});
